package org.chs.evaluation.scoring;

/**
 * 否决事项发现 — a disqualifying fact (e.g. misuse of fund money) found by an evaluator.
 *
 * @param description what was found
 * @param evidence    where it is documented (file number, photo reference, audit report)
 */
public record VetoFinding(String description, String evidence) {
}
