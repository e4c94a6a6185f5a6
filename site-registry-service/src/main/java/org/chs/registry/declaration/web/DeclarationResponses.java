package org.chs.registry.declaration.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chs.registry.declaration.AwardLevel;
import org.chs.registry.declaration.Declaration;
import org.chs.registry.declaration.DeclarationBatch;
import org.chs.registry.declaration.DeclarationStatus;
import org.chs.registry.declaration.DeclarationTransition;
import org.chs.registry.declaration.DemonstrationCategory;
import org.chs.registry.declaration.Nomination;
import org.chs.registry.declaration.NominationGroup;
import org.chs.registry.declaration.PreCheck;
import org.chs.registry.servicepoint.ServicePointType;

/** 示范点申报响应 — batches, declarations, nominations and pre-checks as the API shows them. */
final class DeclarationResponses {

    private DeclarationResponses() {
    }

    record BatchResponse(String id, int year, AwardLevel level, String name, String areaCode, Map<DemonstrationCategory, Integer> quotas,
                         Map<NominationGroup, Integer> nominationQuotas, LocalDate declarationDeadline, LocalDate constructionDeadline,
                         LocalDate decisionDeadline, List<Nomination> nominations, long version, String createdBy, Instant createdAt) {

        static BatchResponse of(DeclarationBatch b) {
            return new BatchResponse(b.id(), b.year(), b.level(), b.name(), b.areaCode(), b.quotas(), b.nominationQuotas(),
                    b.declarationDeadline(), b.constructionDeadline(), b.decisionDeadline(), b.nominations(),
                    b.version() == null ? 0 : b.version(), b.createdBy(), b.createdAt());
        }
    }

    record DeclarationResponse(String id, String batchId, String servicePointId, String servicePointName, ServicePointType servicePointType,
                               String areaCode, DemonstrationCategory category, AwardLevel level, int year, DeclarationStatus status,
                               LocalDate declaredOn, Double score, String evaluationId, String vetoReason, AwardLevel awardedLevel,
                               LocalDate awardedOn, AwardLevel nominatedLevel, List<DeclarationTransition> history, long version,
                               String createdBy, Instant createdAt, String lastModifiedBy, Instant lastModifiedAt) {

        static DeclarationResponse of(Declaration d, Nomination nomination) {
            return new DeclarationResponse(d.id(), d.batchId(), d.servicePointId(), d.servicePointName(), d.servicePointType(), d.areaCode(),
                    d.category(), d.level(), d.year(), d.status(), d.declaredOn(), d.score(), d.evaluationId(), d.vetoReason(),
                    d.awardedLevel(), d.awardedOn(), nomination == null ? null : nomination.toLevel(), d.history(),
                    d.version() == null ? 0 : d.version(), d.createdBy(), d.createdAt(), d.lastModifiedBy(), d.lastModifiedAt());
        }
    }

    /** A declaration together with the pre-check made when it was declared. */
    record DeclaredResponse(DeclarationResponse declaration, PreCheckResponse preCheck) {
    }

    record PreCheckResponse(String servicePointId, DemonstrationCategory category, boolean passed, List<Criterion> criteria) {

        record Criterion(PreCheck.Criterion criterion, PreCheck.Outcome outcome, String required, String actual, String source) {
        }

        static PreCheckResponse of(PreCheck.Report report) {
            return new PreCheckResponse(report.servicePointId(), report.category(), report.passed(), report.criteria().stream()
                    .map(c -> new Criterion(c.criterion(), c.outcome(), c.required(), c.actual(), c.source())).toList());
        }
    }

    record NominationResponse(String declarationId, String servicePointId, DemonstrationCategory category, AwardLevel toLevel,
                              LocalDate nominatedOn, String by) {

        static NominationResponse of(Nomination n) {
            return new NominationResponse(n.declarationId(), n.servicePointId(), n.category(), n.toLevel(), n.nominatedOn(), n.by());
        }
    }
}
