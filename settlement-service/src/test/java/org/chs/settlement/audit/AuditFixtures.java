package org.chs.settlement.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.catalogue.ItemClass;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.policy.Scheme;

/** Bills, people and a catalogue for the audit rules. */
final class AuditFixtures {

    static final LocalDate ADMITTED = LocalDate.parse("2026-04-15");

    static final Map<String, CatalogueEntry> CATALOGUE = Map.of(
            "A1", new CatalogueEntry("A1", "bed day", ItemClass.CLASS_A, null, null, false, List.of()),
            "D1", new CatalogueEntry("D1", "insulin", ItemClass.CLASS_A, null, new BigDecimal("30"), true, List.of("E11", "E10")));

    static AuditProperties properties(AuditRule... blocking) {
        return new AuditProperties(15, 1, Set.of(blocking));
    }

    static Eligibility person(String... diseases) {
        return new Eligibility("psn-1", "310101********1234", "张三", Scheme.EMPLOYEE, "310101", "ACTIVE", true, true, List.of(),
                java.util.Arrays.stream(diseases).map(d -> new Eligibility.Qualification(d, LocalDate.parse("2026-01-01"), null)).toList());
    }

    static AuditInput.Line line(int index, String code, String quantity, String date) {
        return new AuditInput.Line(index, code, new BigDecimal(quantity), date == null ? null : LocalDate.parse(date));
    }

    /** A stay in Chun'an (330127) of a person insured in Huangpu (310101), under a filing, not an emergency. */
    static AuditInput input(Eligibility person, List<AuditInput.PriorStay> prior, AuditInput.Line... lines) {
        return new AuditInput(true, ADMITTED, ADMITTED.plusDays(5), null, List.of(lines), CATALOGUE, person, prior, "330127", false,
                "fil-1");
    }

    /** A stay the hospital calls an emergency, in the treatment region, with the filing that covers it ({@code null}: none). */
    static AuditInput emergency(String treatmentRegion, String filingId, String diagnosis) {
        return new AuditInput(true, ADMITTED, ADMITTED.plusDays(5), diagnosis, List.of(line(1, "A1", "1", null)), CATALOGUE, person(),
                List.of(), treatmentRegion, true, filingId);
    }

    static AuditInput.PriorStay stayDischarged(String date) {
        return new AuditInput.PriorStay("stl-prior", "inst-other", "ZY-1", LocalDate.parse(date).minusDays(7), LocalDate.parse(date));
    }

    private AuditFixtures() {
    }
}
