package org.chs.evaluation.evaluation;

import java.util.Map;
import java.util.Set;

/**
 * 定稿决定 — what the administrator decides when finalising: which veto findings are confirmed and which eligibility
 * preconditions are not met (with the reason).
 *
 * @param confirmedVetoes     veto item codes whose findings are confirmed
 * @param failedPreconditions precondition item code → reason it is not met
 */
public record Decisions(Set<String> confirmedVetoes, Map<String, String> failedPreconditions) {

    public Decisions {
        confirmedVetoes = confirmedVetoes == null ? Set.of() : Set.copyOf(confirmedVetoes);
        failedPreconditions = failedPreconditions == null ? Map.of() : Map.copyOf(failedPreconditions);
    }

    public static Decisions none() {
        return new Decisions(Set.of(), Map.of());
    }
}
