package org.chs.contracts;

/** The topic exchanges of the platform: one per producing application (ARCHITECTURE §6). */
public final class Exchanges {

    public static final String SITE_REGISTRY = "site-registry.events";
    public static final String ENROLLMENT = "enrollment.events";
    public static final String SETTLEMENT = "settlement.events";
    public static final String EVALUATION = "evaluation.events";

    /** Dead-letter exchange shared by all consumer queues; each queue's dead letters go to {@code <queue>.dlq}. */
    public static final String DEAD_LETTER = "chs.dead-letter";

    private Exchanges() {
    }
}
