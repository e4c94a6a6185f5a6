package org.chs.platform.handling;

/** Where the answer to "may this point handle this item?" came from. */
public enum AuthorisationSource {
    /** site-registry answered now (or confirmed the cached answer with 304 Not Modified). */
    LIVE,
    /** site-registry could not be reached; the last answer it gave is used. */
    CACHE
}
