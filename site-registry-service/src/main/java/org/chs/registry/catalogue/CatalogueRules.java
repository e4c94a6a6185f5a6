package org.chs.registry.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.shared.FieldViolation;
import org.chs.registry.shared.InvalidFieldsException;

/**
 * 事项清单规则 — the rules an entry of the service-item list keeps: code formats per level ({@code C01}, {@code ENR},
 * {@code ENR-01}), the parent's kind, the handling fields of sub-items, and that the county handles every item.
 */
final class CatalogueRules {

    static final Pattern CATEGORY_CODE = Pattern.compile("^C\\d{2}$");
    static final Pattern MAIN_ITEM_CODE = Pattern.compile("^[A-Z]{3}$");
    static final Pattern SUB_ITEM_CODE = Pattern.compile("^[A-Z]{3}-\\d{2}$");

    private CatalogueRules() {
    }

    /** Checks an entry against the catalogue it is to join; 400 for field rules, 422 when the parent is missing or of the wrong kind. */
    static void check(CatalogueEntry entry, Catalogue context) {
        List<FieldViolation> violations = fieldViolations(entry);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        EntryKind parentKind = switch (entry.kind()) {
            case CATEGORY -> null;
            case MAIN_ITEM -> EntryKind.CATEGORY;
            case SUB_ITEM -> EntryKind.MAIN_ITEM;
        };
        if (parentKind == null) {
            return;
        }
        CatalogueEntry parent = context.entry(entry.parentCode()).orElseThrow(() -> BusinessRuleException.generic("parent-exists", "parentCode",
                "No entry " + entry.parentCode() + " in the catalogue to put " + entry.code() + " under"));
        if (parent.kind() != parentKind) {
            throw BusinessRuleException.generic("parent-kind", "parentCode",
                    "A " + entry.kind() + " belongs under a " + parentKind + "; " + parent.code() + " is a " + parent.kind());
        }
    }

    static List<FieldViolation> fieldViolations(CatalogueEntry entry) {
        List<FieldViolation> violations = new ArrayList<>();
        if (entry.kind() == null) {
            violations.add(new FieldViolation("kind", "required", "kind is required"));
            return violations;
        }
        if (entry.name() == null || entry.name().isBlank()) {
            violations.add(new FieldViolation("name", "required", "name is required"));
        }
        Pattern format = switch (entry.kind()) {
            case CATEGORY -> CATEGORY_CODE;
            case MAIN_ITEM -> MAIN_ITEM_CODE;
            case SUB_ITEM -> SUB_ITEM_CODE;
        };
        if (entry.code() == null || !format.matcher(entry.code()).matches()) {
            violations.add(new FieldViolation("code", "code-format", "a " + entry.kind() + " code looks like "
                    + switch (entry.kind()) {
                        case CATEGORY -> "C01";
                        case MAIN_ITEM -> "ENR (three capital letters)";
                        case SUB_ITEM -> "ENR-01 (its main item's code, a hyphen, two digits)";
                    }));
        }
        if (entry.kind() == EntryKind.CATEGORY) {
            if (entry.parentCode() != null) {
                violations.add(new FieldViolation("parentCode", "absent-for-kind", "a category has no parent"));
            }
        } else if (entry.parentCode() == null || entry.parentCode().isBlank()) {
            violations.add(new FieldViolation("parentCode", "required-for-kind", "a " + entry.kind() + " needs a parent"));
        } else if (entry.kind() == EntryKind.SUB_ITEM && entry.code() != null && !entry.code().startsWith(entry.parentCode() + "-")) {
            violations.add(new FieldViolation("code", "starts-with-parent-code", "a sub-item's code starts with its main item's code and a hyphen"));
        }
        if (entry.kind() == EntryKind.SUB_ITEM) {
            violations.addAll(handlingViolations(entry));
        } else if (entry.materials() != null || entry.timeLimitWorkingDays() != null || entry.instant() != null
                || entry.onlineCapable() != null || entry.legalBasis() != null || entry.handlingLevels() != null) {
            violations.add(new FieldViolation("kind", "handling-fields-on-sub-items-only",
                    "materials, time limit, instant, online, legal basis and handling levels belong to sub-items only"));
        }
        return violations;
    }

    private static List<FieldViolation> handlingViolations(CatalogueEntry entry) {
        List<FieldViolation> violations = new ArrayList<>();
        if (entry.materials() == null) {
            violations.add(new FieldViolation("materials", "required", "list the required materials (an empty list if none)"));
        }
        if (entry.instant() == null) {
            violations.add(new FieldViolation("instant", "required", "say whether the item is handled on the spot (即办件)"));
        }
        if (entry.onlineCapable() == null) {
            violations.add(new FieldViolation("onlineCapable", "required", "say whether the item can be handled online"));
        }
        if (entry.legalBasis() == null || entry.legalBasis().isBlank()) {
            violations.add(new FieldViolation("legalBasis", "required", "the legal basis (办理依据) is required"));
        }
        Integer days = entry.timeLimitWorkingDays();
        if (days == null || days < 0) {
            violations.add(new FieldViolation("timeLimitWorkingDays", "non-negative", "the time limit is zero or more working days"));
        } else if (Boolean.TRUE.equals(entry.instant()) && days != 0) {
            violations.add(new FieldViolation("timeLimitWorkingDays", "instant-has-no-time-limit", "an instant item (即办件) has time limit 0"));
        } else if (Boolean.FALSE.equals(entry.instant()) && days == 0) {
            violations.add(new FieldViolation("timeLimitWorkingDays", "positive-unless-instant",
                    "an item that is not instant has a time limit of at least 1 working day"));
        }
        if (entry.handlingLevels() == null || entry.handlingLevels().isEmpty()) {
            violations.add(new FieldViolation("handlingLevels", "not-empty", "name the levels that may handle the item"));
        } else if (!entry.handlingLevels().contains(HandlingLevel.COUNTY)) {
            // DOMAIN §2.2: the county handles every item; the county list is the denominator of the 30 % rule.
            violations.add(new FieldViolation("handlingLevels", "includes-county", "every item is on the county list: include COUNTY"));
        }
        return violations;
    }
}
