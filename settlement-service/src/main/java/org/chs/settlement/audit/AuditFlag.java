package org.chs.settlement.audit;

import java.util.Map;

/**
 * 审核疑点 — one suspected violation found on a settlement, with the evidence an auditor needs to follow it up.
 *
 * @param rule     which rule
 * @param itemCode the item concerned, {@code null} for bill-level rules
 * @param blocking whether the configuration makes this rule refuse the settlement
 * @param message  what was found, in words
 * @param evidence the facts behind it (dates, quantities, limits, ids)
 */
public record AuditFlag(AuditRule rule, String itemCode, boolean blocking, String message, Map<String, String> evidence) {

    public AuditFlag {
        evidence = Map.copyOf(evidence);
    }
}
