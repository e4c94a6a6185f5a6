package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.catalogue.ItemClass;

/** A treatment-region catalogue and insured-region policy terms whose numbers the hand-worked cases use. */
final class CalculatorFixtures {

    /** A1, A2 class A; B10 class B with a 10% self-pay-first share, B15 with 15%; S1 self-pay. Anything else is unmapped. */
    static final Map<String, CatalogueEntry> CATALOGUE = Map.of(
            "A1", new CatalogueEntry("A1", "bed day", ItemClass.CLASS_A, null, null, false, List.of()),
            "A2", new CatalogueEntry("A2", "amoxicillin", ItemClass.CLASS_A, null, null, false, List.of()),
            "B10", new CatalogueEntry("B10", "imported stent", ItemClass.CLASS_B, new BigDecimal("0.10"), null, false, List.of()),
            "B15", new CatalogueEntry("B15", "patent drug", ItemClass.CLASS_B, new BigDecimal("0.15"), null, false, List.of()),
            "S1", new CatalogueEntry("S1", "single room surcharge", ItemClass.SELF_PAY, null, null, false, List.of()));

    /** LEVEL_1: deductible 300, ratio 0.90; LEVEL_2: 600, 0.85; LEVEL_3: 1000, 0.80. Cap 300 000; reductions 10 and 15 points. */
    static PolicyTerms level(int level) {
        return switch (level) {
            case 1 -> terms("300.00", "0.90");
            case 2 -> terms("600.00", "0.85");
            case 3 -> terms("1000.00", "0.80");
            default -> throw new IllegalArgumentException("level " + level);
        };
    }

    private static PolicyTerms terms(String deductible, String ratio) {
        return new PolicyTerms(new BigDecimal(deductible), new BigDecimal(ratio), new BigDecimal("300000.00"), new BigDecimal("10"),
                new BigDecimal("15"));
    }

    /** Lines as "code quantity unitPrice". */
    static List<BillLine> lines(String... lines) {
        return Arrays.stream(lines).map(l -> l.split(" "))
                .map(p -> new BillLine(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]), null)).toList();
    }

    private CalculatorFixtures() {
    }
}
