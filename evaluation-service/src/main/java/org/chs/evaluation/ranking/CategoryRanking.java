package org.chs.evaluation.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * 分类排名 — the sites of one category of a batch: ranked by score, with vetoed, ineligible and unfinished ones listed apart.
 *
 * @param category   the declaration category
 * @param quota      sites that may be awarded
 * @param threshold  minimum score for an award
 * @param ranked     scored sites, best first; {@code awardable} marks those within quota and above the threshold
 * @param vetoed     sites ended by a one-vote veto
 * @param ineligible sites not meeting a precondition
 * @param pending    sites whose evaluation is not finalised
 */
public record CategoryRanking(String category, int quota, BigDecimal threshold, List<RankedSite> ranked, List<RankedSite> vetoed,
                              List<RankedSite> ineligible, List<RankedSite> pending) {

    /** One site in a ranking; {@code rank} is the competition rank (1, 2, 2, 4) among scored sites. */
    public record RankedSite(Integer rank, String evaluationId, String declarationId, String servicePointId, String servicePointName,
                             BigDecimal score, String reason, boolean awardable) {
    }
}
