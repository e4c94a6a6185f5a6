package org.chs.localstack;

/** The facts of the local {@code chs} realm that demos and end-to-end tests need to get tokens. */
public final class ChsRealm {

    public static final String NAME = "chs";
    /** Every demo user's password; never used outside the local realm. */
    public static final String DEMO_PASSWORD = "chs-demo";
    /** Public client with the password grant, for local demos and tests only. */
    public static final String CLI_CLIENT_ID = "chs-cli";
    /** Public client of the web console: authorization code with PKCE. */
    public static final String CONSOLE_CLIENT_ID = "chs-console";

    private ChsRealm() {
    }

    /** The dev secret of a confidential client in the local realm, e.g. {@code bank-icbc-qiandaohu-secret}. */
    public static String devSecret(String clientId) {
        return clientId + "-secret";
    }
}
