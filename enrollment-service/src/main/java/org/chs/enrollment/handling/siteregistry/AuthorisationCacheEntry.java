package org.chs.enrollment.handling.siteregistry;

import java.time.Instant;

import org.chs.enrollment.handling.Authorisation;
import org.chs.enrollment.handling.AuthorisationSource;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The last answer site-registry gave for one (service point, item), with its ETag: revalidated with {@code If-None-Match}
 * while the registry is up, served marked stale while it is down. Kept in MongoDB so that a restart during an outage does
 * not forget it.
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

    AuthorisationCacheEntry(String servicePointId, String itemCode, boolean allowed, String reason, String itemName, boolean instant,
                            String servicePointName, int catalogueVersion, String etag, Instant obtainedAt) {
        this.id = key(servicePointId, itemCode);
        this.servicePointId = servicePointId;
        this.itemCode = itemCode;
        this.allowed = allowed;
        this.reason = reason;
        this.itemName = itemName;
        this.instant = instant;
        this.servicePointName = servicePointName;
        this.catalogueVersion = catalogueVersion;
        this.etag = etag;
        this.obtainedAt = obtainedAt;
    }

    static String key(String servicePointId, String itemCode) {
        return servicePointId + "|" + itemCode;
    }

    String etag() {
        return etag;
    }

    Authorisation toAuthorisation(AuthorisationSource source, boolean stale, Instant at) {
        return new Authorisation(servicePointId, itemCode, allowed, reason, itemName, instant,
                catalogueVersion, source, stale, at, servicePointName);
    }

    Instant obtainedAt() {
        return obtainedAt;
    }
}
