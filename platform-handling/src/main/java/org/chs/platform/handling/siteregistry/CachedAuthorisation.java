package org.chs.platform.handling.siteregistry;

import java.time.Instant;

import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationSource;
import org.springframework.data.annotation.Id;

/**
 * The last answer site-registry gave for one (service point, item), with its ETag: revalidated with {@code If-None-Match}
 * while the registry is up, served marked stale while it is down.
 *
 * @param id the key, {@code point|item}
 */
public record CachedAuthorisation(@Id String id, String servicePointId, String itemCode, boolean allowed, String reason, String itemName,
                                  boolean instant, String servicePointName, int catalogueVersion, String etag, Instant obtainedAt) {

    static CachedAuthorisation of(String servicePointId, String itemCode, AuthorisationAnswer answer, String etag, Instant obtainedAt) {
        return new CachedAuthorisation(key(servicePointId, itemCode), servicePointId, itemCode, Boolean.TRUE.equals(answer.allowed()),
                answer.reason(), answer.itemName(), Boolean.TRUE.equals(answer.instant()), answer.servicePointName(),
                answer.catalogueVersion() == null ? 0 : answer.catalogueVersion(), etag, obtainedAt);
    }

    public static String key(String servicePointId, String itemCode) {
        return servicePointId + "|" + itemCode;
    }

    Authorisation toAuthorisation(AuthorisationSource source, boolean stale, Instant at) {
        return new Authorisation(servicePointId, itemCode, allowed, reason, itemName, instant, catalogueVersion, source, stale, at,
                servicePointName);
    }
}
