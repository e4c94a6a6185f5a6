package org.chs.gateway.ratelimit;

/**
 * Who a request is charged to.
 *
 * @param key      the bucket's key, also logged and named in a 429: the client id, {@code <client>/<user>} for per-user
 *                 clients, or {@code ip:<address>} without a token
 * @param clientId the client id ({@code azp}) whose configured limit applies, or {@code null} without a token
 */
public record ClientKey(String key, String clientId) {
}
