package org.chs.registry.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointFixtures;
import org.chs.registry.servicepoint.ServicePointType;

/** Batches and declarations for tests. */
final class DeclarationFixtures {

    static final LocalDate DECLARED_ON = LocalDate.of(2026, 5, 10);
    static final Instant AT = Instant.parse("2026-05-10T02:00:00Z");

    private DeclarationFixtures() {
    }

    static DeclarationBatch batch() {
        return DeclarationBatch.open("batch-2026-county-1", new OpenBatch("batch-2026-county-1", 2026, AwardLevel.COUNTY, "first batch",
                "330127", Map.of(DemonstrationCategory.GRASSROOTS_TOWNSHIP, 2, DemonstrationCategory.GRASSROOTS_VILLAGE, 2,
                        DemonstrationCategory.MEDICAL_INSTITUTION, 2),
                Map.of(NominationGroup.GRASSROOTS, 1, NominationGroup.MEDICAL_INSTITUTION, 1), LocalDate.of(2026, 5, 15),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30)));
    }

    static ServicePoint township(String id) {
        return ServicePointFixtures.point(id, ServicePointType.TOWNSHIP_STATION, "330127107", 29.58, 118.58);
    }

    static Declaration declared(String pointId) {
        return Declaration.declare("dcl-" + pointId, batch(), township(pointId), DemonstrationCategory.GRASSROOTS_TOWNSHIP, DECLARED_ON,
                "admin", AT);
    }

    /** Declared, built and reviewed: ready for evaluation-service's result. */
    static Declaration underReview(String pointId) {
        Declaration declaration = declared(pointId);
        LocalDate today = LocalDate.of(2026, 9, 1);
        declaration.advance(DeclarationStatus.UNDER_CONSTRUCTION, LocalDate.of(2026, 5, 20), today, null, "admin", AT);
        declaration.advance(DeclarationStatus.CONSTRUCTED, LocalDate.of(2026, 6, 28), today, null, "admin", AT);
        declaration.advance(DeclarationStatus.UNDER_REVIEW, LocalDate.of(2026, 7, 10), today, null, "admin", AT);
        return declaration;
    }

    static Declaration awarded(String pointId) {
        Declaration declaration = underReview(pointId);
        declaration.recordEvaluation("evt-score-" + pointId, "evl-1", 92.5, false, null, LocalDate.of(2026, 9, 20), AT);
        declaration.recordAward("evt-award-" + pointId, AwardLevel.COUNTY, LocalDate.of(2026, 9, 28), AT);
        return declaration;
    }
}
