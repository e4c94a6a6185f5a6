package org.chs.registry.declaration;

/**
 * 授牌决定 — evaluation-service's award of a level to a declared site, as this feature applies it.
 *
 * @param level the level's name as evaluation-service sends it; checked against {@link AwardLevel} when applied
 */
public record AwardDecision(String declarationId, String servicePointId, String level) {
}
