package org.chs.contracts;

/**
 * 评估完成 — evaluation-service finalised the evaluation of a declared demonstration site: its score, or a one-vote veto
 * (一票否决); site-registry moves the declaration to SCORED or VETOED.
 *
 * @param evaluationId   evaluation-service's id of the evaluation
 * @param declarationId  the declaration, from {@link DemonstrationSiteDeclaredEvent#declarationId()}
 * @param batchId        the declaration batch
 * @param servicePointId the evaluated point
 * @param score          the total score in points (a JSON number; a score, not money, so a double is exact enough: scores
 *                       are sums of halves and quarters)
 * @param vetoed         whether a veto rule hit; the score then does not count
 * @param vetoReason     the veto rule that hit, or {@code null}
 */
public record EvaluationFinalizedEvent(String evaluationId, String declarationId, String batchId, String servicePointId, double score,
                                       boolean vetoed, String vetoReason) {
}
