package org.chs.contracts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routing keys of the integration events, {@code <aggregate>.<event>.v<N>}. A breaking change is a new record and a new
 * {@code .v2} key; additive changes keep the key.
 */
public final class RoutingKeys {

    // site-registry-service
    public static final String SERVICE_POINT_REGISTERED_V1 = "service-point.registered.v1";
    public static final String SERVICE_POINT_STATUS_CHANGED_V1 = "service-point.status-changed.v1";
    public static final String CATALOGUE_CHANGED_V1 = "catalogue.changed.v1";
    public static final String DEMONSTRATION_SITE_DECLARED_V1 = "demonstration-site.declared.v1";
    public static final String DEMONSTRATION_SITE_STATUS_CHANGED_V1 = "demonstration-site.status-changed.v1";

    // enrollment-service (and settlement-service for filings)
    public static final String PERSON_ENROLLED_V1 = "person.enrolled.v1";
    public static final String PERSON_STATUS_CHANGED_V1 = "person.status-changed.v1";
    public static final String HANDLING_COMPLETED_V1 = "handling.completed.v1";

    // settlement-service
    public static final String SETTLEMENT_COMPLETED_V1 = "settlement.completed.v1";
    public static final String SETTLEMENT_REVERSED_V1 = "settlement.reversed.v1";
    public static final String CLEARING_STATEMENT_ISSUED_V1 = "clearing.statement-issued.v1";

    // evaluation-service
    public static final String EVALUATION_FINALIZED_V1 = "evaluation.finalized.v1";
    public static final String DEMONSTRATION_SITE_AWARDED_V1 = "demonstration-site.awarded.v1";

    private static final Pattern KEY = Pattern.compile("^[a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*\\.v(\\d+)$");

    private RoutingKeys() {
    }

    /** The schema version encoded in a routing key ({@code handling.completed.v1} → 1). */
    public static int versionOf(String routingKey) {
        Matcher matcher = KEY.matcher(routingKey);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a routing key of the form <aggregate>.<event>.v<N>: " + routingKey);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
