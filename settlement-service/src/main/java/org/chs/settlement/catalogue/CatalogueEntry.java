package org.chs.settlement.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.chs.settlement.shared.InvalidFieldException;

/**
 * One item of a 就医地目录 as entered or imported, checked against the catalogue's rules.
 *
 * @param itemCode               the treatment region's code of the drug, service item or consumable
 * @param name                   its name
 * @param itemClass              class A, class B or self-pay
 * @param selfPayFirstShare      先行自付比例 of a class-B item (0.10), {@code null} otherwise
 * @param quantityLimit          the most a bill may charge of it before the audit flags it, {@code null} for no limit
 * @param restricted             限制用药: payable only for the qualifying diseases
 * @param qualifyingDiseaseCodes the diseases a restricted drug is for
 */
public record CatalogueEntry(String itemCode, String name, ItemClass itemClass, BigDecimal selfPayFirstShare,
                             BigDecimal quantityLimit, boolean restricted, List<String> qualifyingDiseaseCodes) {

    public static final String CODE_PATTERN = "[A-Za-z0-9._-]{1,40}";

    public CatalogueEntry {
        qualifyingDiseaseCodes = qualifyingDiseaseCodes == null ? List.of() : List.copyOf(qualifyingDiseaseCodes);
    }

    /** The rules an item must keep, as (field, rule, message); the first broken rule is thrown. */
    public CatalogueEntry validated() {
        if (itemCode == null || !itemCode.matches(CODE_PATTERN)) {
            throw new InvalidFieldException("itemCode", "pattern", "itemCode must be 1-40 letters, digits, '.', '_' or '-'");
        }
        if (itemClass == null) {
            throw new InvalidFieldException("class", "required", "class must be CLASS_A, CLASS_B or SELF_PAY");
        }
        if (itemClass == ItemClass.CLASS_B) {
            if (selfPayFirstShare == null || selfPayFirstShare.signum() < 0 || selfPayFirstShare.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidFieldException("selfPayFirstShare", "range", "a class-B item needs a self-pay-first share between 0 and 1");
            }
        } else if (selfPayFirstShare != null && selfPayFirstShare.signum() != 0) {
            throw new InvalidFieldException("selfPayFirstShare", "only-class-b", "only class-B items have a self-pay-first share");
        }
        if (quantityLimit != null && quantityLimit.signum() <= 0) {
            throw new InvalidFieldException("quantityLimit", "positive", "quantityLimit must be greater than 0 when given");
        }
        if (restricted && qualifyingDiseaseCodes.isEmpty()) {
            throw new InvalidFieldException("qualifyingDiseases", "required-when-restricted",
                    "a restricted drug needs at least one qualifying disease code");
        }
        for (String disease : qualifyingDiseaseCodes) {
            if (!disease.matches(CODE_PATTERN)) {
                throw new InvalidFieldException("qualifyingDiseases", "pattern", "disease code '" + disease + "' is not a valid code");
            }
        }
        return this;
    }
}
