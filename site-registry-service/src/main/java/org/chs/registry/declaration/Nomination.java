package org.chs.registry.declaration;

import java.time.Instant;
import java.time.LocalDate;

/** 推荐上报 — an awarded site of a batch nominated to the next level's selection (e.g. county → city), counted against the batch's quota. */
public record Nomination(String declarationId, String servicePointId, DemonstrationCategory category, AwardLevel toLevel,
                         LocalDate nominatedOn, String by, Instant recordedAt) {
}
