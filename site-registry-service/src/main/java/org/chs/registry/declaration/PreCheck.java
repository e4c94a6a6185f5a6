package org.chs.registry.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chs.registry.authorisation.DelegationRow;
import org.chs.registry.servicepoint.Facilities;
import org.chs.registry.servicepoint.FunctionalZone;
import org.chs.registry.servicepoint.ServicePoint;

/**
 * 申报预审 — the automatic pre-check of a candidate site against the construction standards the registry can know: floor area,
 * self-service machines, staff, the six functional zones and the 30 % item share. The evaluators still judge everything else
 * on site; this only tells the agency early which numbers a candidate misses.
 */
public final class PreCheck {

    /** 预审项 — one criterion. */
    public enum Criterion {
        FLOOR_AREA, SELF_SERVICE_MACHINES, STAFF, FUNCTIONAL_ZONES, ITEM_SHARE
    }

    /** 预审结论 — met; not met; below the standard but within the village/community relaxation; or not a standard of this category. */
    public enum Outcome {
        MET, NOT_MET, RELAXED, NOT_APPLICABLE
    }

    /** One criterion's result, with what is required and what the registry knows. */
    public record CriterionResult(Criterion criterion, Outcome outcome, String required, String actual, String source) {
    }

    /** The whole pre-check: passed when no applicable criterion is NOT_MET. */
    public record Report(String servicePointId, DemonstrationCategory category, boolean passed, List<CriterionResult> criteria) {
    }

    private PreCheck() {
    }

    static Report evaluate(ServicePoint point, DemonstrationCategory category, long areaPopulation, DelegationRow delegation,
                           ConstructionStandards standards) {
        List<CriterionResult> results = new ArrayList<>();
        if (!category.grassroots()) {
            String why = category == DemonstrationCategory.MEDICAL_INSTITUTION
                    ? "the DMI standard (DOMAIN §5.2) is judged on site by evaluation-service"
                    : "bank-cooperation standards are to be formulated separately (DOMAIN §2.3)";
            for (Criterion criterion : Criterion.values()) {
                results.add(new CriterionResult(criterion, Outcome.NOT_APPLICABLE, null, null, why));
            }
            return new Report(point.id(), category, true, results);
        }
        boolean relaxable = category == DemonstrationCategory.GRASSROOTS_VILLAGE;
        Facilities facilities = point.facilities();

        BigDecimal area = facilities.floorAreaSquareMetres();
        boolean areaMet = area.compareTo(BigDecimal.valueOf(standards.minFloorAreaSquareMetres())) >= 0;
        results.add(new CriterionResult(Criterion.FLOOR_AREA, areaMet ? Outcome.MET : relaxable ? Outcome.RELAXED : Outcome.NOT_MET,
                "≥ " + standards.minFloorAreaSquareMetres() + " m²" + (relaxable ? " (villages/communities may relax)" : ""),
                area.stripTrailingZeros().toPlainString() + " m²", "[004 L91] 一般不少于150平方米"));

        results.add(new CriterionResult(Criterion.SELF_SERVICE_MACHINES,
                facilities.selfServiceMachines() >= standards.minSelfServiceMachines() ? Outcome.MET : Outcome.NOT_MET,
                "≥ " + standards.minSelfServiceMachines(), String.valueOf(facilities.selfServiceMachines()), "[004 L95] 自助一体机不少于2台"));

        boolean small = areaPopulation < standards.smallPopulationBelow();
        int minStaff = small ? standards.minStaffSmallPopulation() : standards.minStaff();
        results.add(new CriterionResult(Criterion.STAFF, facilities.staffCount() >= minStaff ? Outcome.MET : Outcome.NOT_MET,
                "≥ " + minStaff + (small ? " (area population " + areaPopulation + " < " + standards.smallPopulationBelow() + ")"
                        : " (3–5 generally)"),
                String.valueOf(facilities.staffCount()), "[004 L99] 一般至少配备3-5名, 不足5万人的可配备2名"));

        Set<FunctionalZone> missing = EnumSet.allOf(FunctionalZone.class);
        missing.removeAll(facilities.zones());
        results.add(new CriterionResult(Criterion.FUNCTIONAL_ZONES,
                missing.isEmpty() ? Outcome.MET : relaxable ? Outcome.RELAXED : Outcome.NOT_MET,
                "all six zones" + (relaxable ? " (villages/communities may relax)" : ""),
                missing.isEmpty() ? "all six" : "missing " + missing, "[004 L91] 综合服务区至少包括六个功能区"));

        results.add(new CriterionResult(Criterion.ITEM_SHARE, delegation.meetsRule() ? Outcome.MET : Outcome.NOT_MET,
                "≥ " + delegation.minSharePercent() + " % of the county list",
                delegation.sharePercent().toPlainString() + " % (" + delegation.handleableItems() + " of " + delegation.countyListSize() + ")",
                "[004 L137 ①] 县级事项清单30%以上"));

        boolean passed = results.stream().noneMatch(r -> r.outcome() == Outcome.NOT_MET);
        return new Report(point.id(), category, passed, results);
    }
}
