package org.chs.registry.area;

import java.util.ArrayList;
import java.util.List;

import org.chs.registry.shared.FieldViolation;

/**
 * 区划代码规则 — the format rules of administrative-area codes: digits only, the length of the level, a non-zero own segment,
 * and the parent's code as prefix. Pure functions; the service adds the rules that need the database (parent exists).
 */
public final class AreaCodes {

    private AreaCodes() {
    }

    /** Every format rule {@code code}, {@code level} and {@code parentCode} break together; empty when they are well-formed. */
    public static List<FieldViolation> check(String code, AreaLevel level, String parentCode) {
        List<FieldViolation> violations = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            violations.add(new FieldViolation("code", "required", "code is required"));
            return violations;
        }
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            violations.add(new FieldViolation("code", "digits", "code must contain digits only"));
        }
        if (level == null) {
            violations.add(new FieldViolation("level", "required", "level is required"));
            return violations;
        }
        if (code.length() != level.codeLength()) {
            violations.add(new FieldViolation("code", "length-for-level",
                    "a " + level + " code has " + level.codeLength() + " digits, not " + code.length()));
            return violations;
        }
        AreaLevel parentLevel = level.parentLevel();
        int ownSegmentStart = parentLevel == null ? 0 : parentLevel.codeLength();
        // "3300" is not a city of Zhejiang but Zhejiang itself padded: every level's own digits must name something.
        if (code.substring(ownSegmentStart).chars().allMatch(c -> c == '0')) {
            violations.add(new FieldViolation("code", "segment-not-zero",
                    "the " + level + " digits of the code (" + code.substring(ownSegmentStart) + ") must not all be zero"));
        }
        if (parentLevel == null) {
            if (parentCode != null && !parentCode.isEmpty()) {
                violations.add(new FieldViolation("parentCode", "absent-for-province", "a province has no parent"));
            }
            return violations;
        }
        if (parentCode == null || parentCode.isEmpty()) {
            violations.add(new FieldViolation("parentCode", "required-for-level", "a " + level + " needs its " + parentLevel + " as parent"));
            return violations;
        }
        if (parentCode.length() != parentLevel.codeLength()) {
            violations.add(new FieldViolation("parentCode", "parent-level",
                    "the parent of a " + level + " is a " + parentLevel + " with a " + parentLevel.codeLength() + "-digit code"));
        } else if (!code.startsWith(parentCode)) {
            violations.add(new FieldViolation("code", "starts-with-parent-code", "the code must start with the parent's code " + parentCode));
        }
        return violations;
    }

    /**
     * The registry's code for a code as a client may write it: GB/T 2260 pads provinces and cities to six digits
     * ({@code 330000} Zhejiang, {@code 330100} Hangzhou), the registry stores them unpadded ({@code 33}, {@code 3301}).
     */
    public static String canonical(String code) {
        if (code != null && code.length() == 6 && code.chars().allMatch(Character::isDigit)) {
            if (code.endsWith("0000")) {
                return code.substring(0, 2);
            }
            if (code.endsWith("00")) {
                return code.substring(0, 4);
            }
        }
        return code;
    }

    /** The codes of every ancestor of a well-formed code, province first (for {@code 330127101} → 33, 3301, 330127). */
    public static List<String> ancestorsOf(String code) {
        List<String> ancestors = new ArrayList<>();
        for (AreaLevel level : AreaLevel.values()) {
            if (level.codeLength() < code.length()) {
                ancestors.add(code.substring(0, level.codeLength()));
            }
        }
        return ancestors;
    }
}
