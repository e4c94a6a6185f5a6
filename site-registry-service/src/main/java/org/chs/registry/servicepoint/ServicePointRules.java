package org.chs.registry.servicepoint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chs.registry.shared.FieldViolation;

/** 网点登记规则 — the field rules of a service point that depend on its type: partner organisation, facilities, opening hours, id. */
public final class ServicePointRules {

    /** Lower-case letters, digits and inner hyphens, 3–64 characters: safe in URLs and token claims ({@code sp-fenkou-township}). */
    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$");

    private ServicePointRules() {
    }

    public static List<FieldViolation> check(String id, ServicePointType type, PartnerOrganisation partner, Facilities facilities) {
        List<FieldViolation> violations = new ArrayList<>();
        if (id != null && !ID.matcher(id).matches()) {
            violations.add(new FieldViolation("id", "id-format", "id must be 3-64 lower-case letters, digits or inner hyphens"));
        }
        violations.addAll(partner(type, partner));
        violations.addAll(facilities(facilities));
        return violations;
    }

    static List<FieldViolation> partner(ServicePointType type, PartnerOrganisation partner) {
        List<FieldViolation> violations = new ArrayList<>();
        PartnerKind required = type == null ? null : type.partnerKind();
        if (required == null) {
            if (partner != null) {
                violations.add(new FieldViolation("partner", "absent-for-type", "a " + type + " is run by the agency and has no partner"));
            }
            return violations;
        }
        if (partner == null) {
            violations.add(new FieldViolation("partner", "required-for-type", "a " + type + " needs its " + required + " partner organisation"));
            return violations;
        }
        if (partner.kind() != required) {
            violations.add(new FieldViolation("partner.kind", "kind-for-type", "a " + type + " is run by a " + required + ", not a " + partner.kind()));
        }
        if (partner.name() == null || partner.name().isBlank()) {
            violations.add(new FieldViolation("partner.name", "required", "the partner's name is required"));
        }
        if (required == PartnerKind.HOSPITAL && (partner.institutionId() == null || partner.institutionId().isBlank())) {
            // hospital clients act by their institution_id claim; without it no window can be tied to its hospital
            violations.add(new FieldViolation("partner.institutionId", "required-for-hospital",
                    "a hospital window needs the designated institution's id"));
        }
        return violations;
    }

    static List<FieldViolation> facilities(Facilities facilities) {
        List<FieldViolation> violations = new ArrayList<>();
        if (facilities == null) {
            violations.add(new FieldViolation("facilities", "required", "facilities are required"));
            return violations;
        }
        if (facilities.floorAreaSquareMetres() == null || facilities.floorAreaSquareMetres().compareTo(BigDecimal.ZERO) < 0) {
            violations.add(new FieldViolation("floorAreaSquareMetres", "non-negative", "floor area must be zero or more square metres"));
        }
        if (facilities.staffCount() < 0) {
            violations.add(new FieldViolation("staffCount", "non-negative", "staff count must be zero or more"));
        }
        if (facilities.selfServiceMachines() < 0) {
            violations.add(new FieldViolation("selfServiceMachines", "non-negative", "self-service machines must be zero or more"));
        }
        for (int i = 0; i < facilities.openingHours().size(); i++) {
            OpeningPeriod period = facilities.openingHours().get(i);
            String field = "openingHours[" + i + "]";
            if (period.days().isEmpty()) {
                violations.add(new FieldViolation(field + ".days", "not-empty", "name at least one day"));
            }
            if (period.opens() == null || period.closes() == null || !period.opens().isBefore(period.closes())) {
                violations.add(new FieldViolation(field + ".closes", "after-opens", "closes must be after opens"));
            }
        }
        return violations;
    }
}
