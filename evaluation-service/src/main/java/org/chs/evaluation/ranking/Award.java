package org.chs.evaluation.ranking;

import java.math.BigDecimal;

/**
 * 授牌 — a site awarded the batch's level.
 *
 * @param declarationId  the declaration
 * @param evaluationId   its evaluation
 * @param servicePointId the site
 * @param category       its category
 * @param score          its score
 * @param rank           its rank in the category
 */
public record Award(String declarationId, String evaluationId, String servicePointId, String category, BigDecimal score, int rank) {
}
