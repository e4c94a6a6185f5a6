package org.chs.settlement.handling.siteregistry;

import java.time.Instant;

import org.chs.settlement.handling.Authorisation;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The last answer site-registry gave for one (service point, item), with its ETag: revalidated while the registry is up,
 * served marked stale while it is down. In MongoDB, so a restart during an outage does not forget it.
 */
@Document("authorisation_cache")
class AuthorisationCacheEntry {

    @Id
    private String id;
    private String servicePointId;
    private String itemCode;
    private boolean allowed;
    private String reason;
    private String itemName;
    private boolean instant;
    private String servicePointName;
    private int catalogueVersion;
    private String etag;
    private Instant obtainedAt;

    AuthorisationCacheEntry() {
    }

    AuthorisationCacheEntry(AuthorisationAnswer answer, String servicePointId, String itemCode, String etag, Instant obtainedAt) {
        this.id = key(servicePointId, itemCode);
        this.servicePointId = servicePointId;
        this.itemCode = itemCode;
        this.allowed = Boolean.TRUE.equals(answer.allowed());
        this.reason = answer.reason();
        this.itemName = answer.itemName();
        this.instant = Boolean.TRUE.equals(answer.instant());
        this.servicePointName = answer.servicePointName();
        this.catalogueVersion = answer.catalogueVersion() == null ? 0 : answer.catalogueVersion();
        this.etag = etag;
        this.obtainedAt = obtainedAt;
    }

    static String key(String servicePointId, String itemCode) {
        return servicePointId + "|" + itemCode;
    }

    String etag() {
        return etag;
    }

    Instant obtainedAt() {
        return obtainedAt;
    }

    Authorisation toAuthorisation(boolean stale) {
        return new Authorisation(servicePointId, itemCode, allowed, reason, itemName, instant, catalogueVersion, stale, obtainedAt,
                servicePointName);
    }
}
