package org.chs.gateway.problem;

import java.net.URI;

/** The stable {@code type} URIs of the problem details the gateway itself answers with. */
// The same values as the services' org.chs.platform.web.ProblemTypes, repeated because platform-web is servlet-only.
public final class ProblemTypes {

    public static final String BASE = "https://chs-platform.org/problems/";

    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
    public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");
    public static final URI DEPENDENCY_UNAVAILABLE = URI.create(BASE + "dependency-unavailable");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }
}
