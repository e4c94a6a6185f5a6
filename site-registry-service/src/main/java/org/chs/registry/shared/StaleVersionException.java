package org.chs.registry.shared;

/**
 * 版本已过期 — the client edited a version of an aggregate that is no longer current ({@code If-Match} did not match);
 * rendered as 412 with the current version, so the client can reload and retry.
 */
public class StaleVersionException extends RuntimeException {

    private final String expected;
    private final String current;

    public StaleVersionException(String expected, String current) {
        super("You edited version " + expected + " but the current version is " + current + "; reload and retry");
        this.expected = expected;
        this.current = current;
    }

    public String expected() {
        return expected;
    }

    public String current() {
        return current;
    }
}
