package org.chs.platform.handling.siteregistry;

import java.util.Optional;

/** Port: the last answers site-registry gave, kept so that they outlive an outage of the registry (and a restart during one). */
public interface AuthorisationCache {

    Optional<CachedAuthorisation> find(String servicePointId, String itemCode);

    void keep(CachedAuthorisation answer);

    void forget(String servicePointId, String itemCode);
}
