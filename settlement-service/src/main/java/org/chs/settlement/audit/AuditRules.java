package org.chs.settlement.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.shared.RegionCode;

/**
 * 智能审核 — runs every rule on a bill and returns the flags; pure, so the same bill always gets the same flags. Flags do not
 * stop a settlement unless their rule is configured as blocking.
 */
public final class AuditRules {

    private final AuditProperties properties;

    public AuditRules(AuditProperties properties) {
        this.properties = properties;
    }

    public List<AuditFlag> evaluate(AuditInput input) {
        List<AuditFlag> flags = new ArrayList<>();
        repeatCharges(input, flags);
        overQuantity(input, flags);
        restrictedDrugs(input, flags);
        readmission(input, flags);
        emergencyWithoutFiling(input, flags);
        return flags;
    }

    private void emergencyWithoutFiling(AuditInput input, List<AuditFlag> flags) {
        String insured = input.person().poolingRegion();
        if (!input.emergency() || input.filingId() != null || RegionCode.covers(insured, input.treatmentRegion())) {
            return;
        }
        String diagnosis = input.diseaseCode() == null ? "" : input.diseaseCode();
        flags.add(flag(AuditRule.EMERGENCY_WITHOUT_FILING, null, "Settled as an emergency in " + input.treatmentRegion()
                + " without a filing from the insured region " + insured + " (diagnosis " + diagnosis + ", admitted "
                + input.admissionDate() + "); no ratio reduction was applied", Map.of("diagnosis", diagnosis,
                "insuredRegion", insured, "treatmentRegion", input.treatmentRegion(), "admissionDate", input.admissionDate().toString())));
    }

    private void repeatCharges(AuditInput input, List<AuditFlag> flags) {
        Map<String, List<AuditInput.Line>> byItemAndDay = input.lines().stream().collect(Collectors.groupingBy(
                l -> l.itemCode() + "|" + day(l, input), LinkedHashMap::new, Collectors.toList()));
        byItemAndDay.forEach((key, lines) -> {
            if (lines.size() > properties.repeatChargeMaxPerDay()) {
                AuditInput.Line first = lines.get(0);
                flags.add(flag(AuditRule.REPEAT_CHARGE, first.itemCode(), "Item " + first.itemCode() + " is charged " + lines.size()
                        + " times on " + day(first, input) + " (at most " + properties.repeatChargeMaxPerDay() + ")", Map.of(
                        "date", day(first, input).toString(), "lines", lines.stream().map(l -> String.valueOf(l.index())).collect(Collectors.joining(",")),
                        "count", String.valueOf(lines.size()), "limit", String.valueOf(properties.repeatChargeMaxPerDay()))));
            }
        });
    }

    private void overQuantity(AuditInput input, List<AuditFlag> flags) {
        Map<String, BigDecimal> quantities = input.lines().stream().collect(Collectors.groupingBy(AuditInput.Line::itemCode,
                LinkedHashMap::new, Collectors.reducing(BigDecimal.ZERO, AuditInput.Line::quantity, BigDecimal::add)));
        quantities.forEach((code, quantity) -> {
            CatalogueEntry entry = input.catalogue().get(code);
            if (entry != null && entry.quantityLimit() != null && quantity.compareTo(entry.quantityLimit()) > 0) {
                flags.add(flag(AuditRule.OVER_QUANTITY_LIMIT, code, "Item " + code + ": quantity " + quantity.toPlainString()
                        + " exceeds the limit of " + entry.quantityLimit().toPlainString(), Map.of("quantity", quantity.toPlainString(),
                        "limit", entry.quantityLimit().toPlainString())));
            }
        });
    }

    private void restrictedDrugs(AuditInput input, List<AuditFlag> flags) {
        input.lines().stream().map(AuditInput.Line::itemCode).distinct().forEach(code -> {
            CatalogueEntry entry = input.catalogue().get(code);
            if (entry == null || !entry.restricted()) {
                return;
            }
            boolean qualified = entry.qualifyingDiseaseCodes().stream()
                    .anyMatch(disease -> input.person().qualifiedFor(disease, input.admissionDate()));
            if (!qualified) {
                flags.add(flag(AuditRule.RESTRICTED_DRUG_WITHOUT_QUALIFICATION, code, "Restricted drug " + code
                        + " is payable only for " + String.join(", ", entry.qualifyingDiseaseCodes())
                        + ", and the person holds no qualification for any of them on " + input.admissionDate(), Map.of(
                        "qualifyingDiseases", String.join(";", entry.qualifyingDiseaseCodes()),
                        "personQualifications", input.person().qualifications().stream().map(q -> q.diseaseCode()).collect(Collectors.joining(";")),
                        "visitDisease", input.diseaseCode() == null ? "" : input.diseaseCode())));
            }
        });
    }

    private void readmission(AuditInput input, List<AuditFlag> flags) {
        if (!input.inpatient()) {
            return;
        }
        for (AuditInput.PriorStay prior : input.priorStays()) {
            long days = ChronoUnit.DAYS.between(prior.dischargeDate(), input.admissionDate());
            if (days >= 0 && days <= properties.readmissionDays()) {
                flags.add(flag(AuditRule.DECOMPOSED_HOSPITALISATION, null, "Admitted " + days + " days after discharge from stay "
                        + prior.settlementId() + " (" + prior.institutionId() + ", bill " + prior.billNumber() + "); the limit is "
                        + properties.readmissionDays() + " days", Map.of("previousSettlementId", prior.settlementId(),
                        "previousInstitutionId", prior.institutionId(), "previousDischargeDate", prior.dischargeDate().toString(),
                        "admissionDate", input.admissionDate().toString(), "days", String.valueOf(days),
                        "limitDays", String.valueOf(properties.readmissionDays()))));
            }
        }
    }

    private AuditFlag flag(AuditRule rule, String itemCode, String message, Map<String, String> evidence) {
        return new AuditFlag(rule, itemCode, properties.blockingRules().contains(rule), message, evidence);
    }

    private static LocalDate day(AuditInput.Line line, AuditInput input) {
        return line.serviceDate() == null ? input.admissionDate() : line.serviceDate();
    }

    /** The readmission window, for the query of earlier stays. */
    public int readmissionDays() {
        return properties.readmissionDays();
    }
}
