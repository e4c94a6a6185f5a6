package org.chs.settlement.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.settlement.audit.AuditFlag;
import org.chs.settlement.audit.AuditInput;
import org.chs.settlement.audit.AuditProperties;
import org.chs.settlement.audit.AuditRules;
import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.catalogue.CatalogueService;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.eligibility.EligibilityCheck;
import org.chs.settlement.eligibility.IdNumbers;
import org.chs.settlement.filing.Filing;
import org.chs.settlement.filing.FilingService;
import org.chs.settlement.filing.FilingType;
import org.chs.settlement.institution.InstitutionDirectory;
import org.chs.settlement.institution.RegisteredInstitution;
import org.chs.settlement.policy.BenefitPolicy;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.PolicyService;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 结算前核验 — assembles everything a bill's settlement depends on and refuses what may not be settled, in a fixed order:
 * the ID number and dates, the institution register (its region and the hospital level on the admission date), the person's
 * eligibility and qualification (enrollment), the insured region's policy, the treatment region's catalogue, the footing of
 * the care (local, a filing, or an emergency without one) and the audit rules. It writes nothing.
 */
@Component
class SettlementChecks implements BillChecks {

    private final SettlementRepository settlements;
    private final EligibilityCheck eligibility;
    private final FilingService filings;
    private final PolicyService policies;
    private final CatalogueService catalogue;
    private final InstitutionDirectory institutions;
    private final AuditRules audit;
    private final Clock clock;
    private final ZoneId zone;

    SettlementChecks(SettlementRepository settlements, EligibilityCheck eligibility, FilingService filings, PolicyService policies,
                     CatalogueService catalogue, InstitutionDirectory institutions, AuditProperties auditProperties, Clock clock,
                     @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.settlements = settlements;
        this.eligibility = eligibility;
        this.filings = filings;
        this.policies = policies;
        this.catalogue = catalogue;
        this.institutions = institutions;
        this.audit = new AuditRules(auditProperties);
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Prepared prepare(SettleBill c, String hash) {
        IdNumbers.check(c.idNumber(), LocalDate.now(clock.withZone(zone)));
        if (c.dischargeDate().isBefore(c.admissionDate())) {
            throw new InvalidFieldException("dischargeDate", "after-admission", "dischargeDate must not be before admissionDate");
        }
        if (c.dischargeDate().isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new InvalidFieldException("dischargeDate", "past-or-today", "dischargeDate must not be in the future");
        }
        if (c.visitType() == VisitType.OUTPATIENT_CHRONIC_SPECIAL && (c.diseaseCode() == null || c.diseaseCode().isBlank())) {
            throw new InvalidFieldException("diseaseCode", "required-for-chronic", "an outpatient chronic/special visit needs diseaseCode");
        }
        // a hospital acts for an institution the register must know (InstitutionDirectory.require is the one refusal); a counter
        // may reimburse a bill of a hospital elsewhere in the country that the register does not hold
        RegisteredInstitution institution = c.mode() == SettlementMode.DIRECT ? institutions.require(c.institutionId())
                : institutions.find(c.institutionId()).orElse(null);
        String treatmentRegion = treatmentRegion(c, institution);
        SettleBill bill = c.atLevel(level(c, institution));
        Eligibility person = eligibility.check(c.idNumber(), c.admissionDate()).orElseThrow(() -> new BusinessRuleException("unknown-person",
                "Unknown person", "Enrollment knows no insured person with ID number " + IdNumbers.mask(c.idNumber())));
        if (!person.eligible()) {
            throw BusinessRuleException.withReasons("not-eligible", "Not eligible", "The person is not eligible for benefits on the admission date "
                    + c.admissionDate(), person.reasons());
        }
        if (c.visitType() == VisitType.OUTPATIENT_CHRONIC_SPECIAL && !person.qualifiedFor(c.diseaseCode(), c.admissionDate())) {
            throw new BusinessRuleException("no-qualification", "No chronic/special disease qualification", "The person holds no "
                    + "qualification for disease " + c.diseaseCode() + " in force on " + c.admissionDate(), Map.of("diseaseCode", c.diseaseCode()));
        }
        int year = c.dischargeDate().getYear();
        BenefitPolicy policy = policies.find(person.poolingRegion(), person.scheme(), year).orElseThrow(() -> new BusinessRuleException(
                "no-policy", "No policy", "The insured region " + person.poolingRegion() + " has no policy for " + person.scheme() + " in " + year,
                Map.of("insuredRegion", person.poolingRegion(), "year", year)));
        if (!catalogue.exists(treatmentRegion)) {
            throw new BusinessRuleException("no-catalogue", "No catalogue", "The treatment region " + treatmentRegion + " has no catalogue",
                    Map.of("treatmentRegion", treatmentRegion));
        }
        Filing filing = null;
        CareBasis basis;
        if (RegionCode.covers(person.poolingRegion(), treatmentRegion)) {
            basis = CareBasis.LOCAL;
        } else {
            filing = filings.covering(person.personId(), treatmentRegion, c.admissionDate()).orElse(null);
            basis = filing != null ? basisOf(filing.type()) : emergencyWithoutFiling(c, person, treatmentRegion);
        }
        HospitalLevel level = bill.hospitalLevel();
        PolicyTerms terms = new PolicyTerms(policy.deductible(level), policy.ratio(level), policy.annualCap(),
                policy.referralReductionPoints(), policy.unreferredReductionPoints());
        Map<String, CatalogueEntry> entries = catalogue.lookup(treatmentRegion, c.lines().stream().map(BillLine::itemCode).distinct().toList());
        List<AuditFlag> flags = audit.evaluate(auditInput(c, person, entries, treatmentRegion, filing));
        List<AuditFlag> blocking = flags.stream().filter(AuditFlag::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new BusinessRuleException("audit-blocked", "Refused by audit rules", blocking.get(0).message(),
                    Map.of("auditFlags", blocking));
        }
        return new Prepared(bill, person, treatmentRegion, basis, filing, terms, entries, flags, year, hash);
    }

    /**
     * Care outside the insured region that no filing covers: only 异地急诊抢救 settles, counting as filed (Appendix C); the
     * diagnosis is what makes it checkable, and the audit rules flag it.
     */
    private static CareBasis emergencyWithoutFiling(SettleBill c, Eligibility person, String treatmentRegion) {
        if (!c.emergency()) {
            throw new BusinessRuleException("no-filing", "No cross-region filing", "No active filing covers care in " + treatmentRegion
                    + " on " + c.admissionDate() + " for this person; file first (a hospital may make one up before discharge)",
                    Map.of("treatmentRegion", treatmentRegion, "insuredRegion", person.poolingRegion()));
        }
        if (c.diseaseCode() == null || c.diseaseCode().isBlank()) {
            throw new InvalidFieldException("diseaseCode", "required-for-emergency", "an emergency outside the insured region "
                    + "without a filing needs diseaseCode, the ICD-10 diagnosis (e.g. I21.9)");
        }
        if (!c.diseaseCode().matches(SettleBill.DIAGNOSIS_PATTERN)) {
            throw new InvalidFieldException("diseaseCode", "icd-10", "diseaseCode must be an ICD-10 diagnosis code such as I21 "
                    + "or I21.9");
        }
        return CareBasis.EMERGENCY;
    }

    /** A hospital treats in its registered region; a counter names the region of the bill it reimburses. */
    private static String treatmentRegion(SettleBill c, RegisteredInstitution institution) {
        if (c.mode() == SettlementMode.MANUAL) {
            if (!RegionCode.isValid(c.treatmentRegion())) {
                throw new InvalidFieldException("treatmentRegion", "pattern", "treatmentRegion must be a six-digit area code");
            }
            return c.treatmentRegion();
        }
        return institution.treatmentRegion();
    }

    /**
     * The hospital level is the institution register's, in force on the admission date; a level the request declares is only
     * checked against it. A counter reimbursing a bill of an institution the register does not hold names the level from the
     * bill (the clerk is not the party paid).
     */
    private static HospitalLevel level(SettleBill c, RegisteredInstitution institution) {
        if (institution != null) {
            return institution.levelForAdmission(c.admissionDate(), c.hospitalLevel());
        }
        if (c.hospitalLevel() == null) {
            throw new InvalidFieldException("hospitalLevel", "required-for-unregistered-institution", "institution " + c.institutionId()
                    + " is not in the institution register, so the reimbursement must name its hospitalLevel (from the bill)");
        }
        return c.hospitalLevel();
    }

    private static CareBasis basisOf(FilingType type) {
        if (type.longTerm()) {
            return CareBasis.LONG_TERM;
        }
        return switch (type) {
            case REFERRAL -> CareBasis.REFERRAL;
            case EMERGENCY -> CareBasis.EMERGENCY;
            default -> CareBasis.OTHER_TEMPORARY;
        };
    }

    private AuditInput auditInput(SettleBill c, Eligibility person, Map<String, CatalogueEntry> entries, String treatmentRegion,
                                  Filing filing) {
        List<AuditInput.Line> lines = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            BillLine line = c.lines().get(i);
            lines.add(new AuditInput.Line(i + 1, line.itemCode(), line.quantity(), line.serviceDate()));
        }
        List<AuditInput.PriorStay> prior = c.visitType() != VisitType.INPATIENT ? List.of()
                : settlements.findByPersonIdAndStatusAndVisitTypeAndDischargeDateBetween(person.personId(), SettlementStatus.COMPLETED,
                                VisitType.INPATIENT, c.admissionDate().minusDays(audit.readmissionDays() + 1L), c.admissionDate().plusDays(1))
                        .stream()
                        .filter(s -> !(s.institutionId().equals(c.institutionId()) && s.billNumber().equals(c.billNumber())))
                        .map(s -> new AuditInput.PriorStay(s.id(), s.institutionId(), s.billNumber(), s.admissionDate(), s.dischargeDate()))
                        .toList();
        return new AuditInput(c.visitType() == VisitType.INPATIENT, c.admissionDate(), c.dischargeDate(), c.diseaseCode(), lines, entries,
                person, prior, treatmentRegion, c.emergency(), filing == null ? null : filing.id());
    }
}
