package org.chs.registry.declaration;

/** 申报查询条件 — optional filters of the declaration list. */
public record DeclarationFilter(String batchId, DeclarationStatus status, DemonstrationCategory category, String servicePointId,
                                AwardLevel awardedLevel) {
}
