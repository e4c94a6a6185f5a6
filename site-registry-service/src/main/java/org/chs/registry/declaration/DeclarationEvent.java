package org.chs.registry.declaration;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.registry.servicepoint.ServicePointType;

/** Internal domain events of demonstration-site selection, mapped to integration events by the messaging adapter. */
public sealed interface DeclarationEvent {

    /** 示范点已申报 — a service point was declared a candidate in a batch. */
    record SiteDeclared(String declarationId, String batchId, String servicePointId, String servicePointName,
                        ServicePointType servicePointType, DemonstrationCategory category, AwardLevel level, int year, String areaCode,
                        LocalDate declaredOn, Instant declaredAt) implements DeclarationEvent {
    }

    /**
     * 示范点状态已变更 — a declaration moved on (construction, review, score, veto, award), or was nominated to the next level.
     *
     * @param previousStatus {@code null} for the first status
     * @param awardedLevel   the level awarded so far, {@code null} when none
     * @param nominatedLevel the level it was nominated to, only on a nomination
     */
    record SiteStatusChanged(String declarationId, String batchId, String servicePointId, DeclarationStatus status,
                             DeclarationStatus previousStatus, AwardLevel awardedLevel, AwardLevel nominatedLevel, LocalDate effectiveOn,
                             String reason, Instant recordedAt) implements DeclarationEvent {
    }
}
