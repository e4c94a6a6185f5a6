package org.chs.registry.declaration;

/**
 * 评估结果 — what evaluation-service decided about a declared site, as this feature applies it.
 *
 * @param score      the total, 0 when not scored
 * @param vetoed     一票否决 (an ineligible site arrives vetoed too)
 * @param vetoReason why, when vetoed
 */
public record EvaluationResult(String evaluationId, String declarationId, String servicePointId, double score, boolean vetoed,
                               String vetoReason) {
}
