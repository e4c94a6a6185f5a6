package org.chs.registry.declaration;

import java.time.Instant;
import java.time.LocalDate;

/** 申报状态记录 — one step of a declaration's history: from, to, the date it took effect, why, who recorded it and when. */
public record DeclarationTransition(DeclarationStatus from, DeclarationStatus to, LocalDate effectiveOn, String note, String by,
                                    Instant recordedAt) {
}
