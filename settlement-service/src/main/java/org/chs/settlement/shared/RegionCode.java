package org.chs.settlement.shared;

import java.util.regex.Pattern;

/**
 * 行政区划代码 — six-digit administrative-area code (GB/T 2260 style): {@code 330000} Zhejiang, {@code 330100} Hangzhou,
 * {@code 330106} Xihu district, {@code 330127} Chun'an county.
 */
public final class RegionCode {

    public static final String PATTERN = "\\d{6}";
    private static final Pattern SIX_DIGITS = Pattern.compile(PATTERN);

    private RegionCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches();
    }

    /**
     * Whether an area contains another: a filing "to Hangzhou" ({@code 330100}) covers care in Xihu ({@code 330106}), one
     * "to Shanghai" ({@code 310000}) covers Huangpu ({@code 310101}). Trailing {@code 00} pairs are the levels above county.
     */
    public static boolean covers(String area, String region) {
        if (!isValid(area) || !isValid(region)) {
            return false;
        }
        String prefix = area;
        while (prefix.endsWith("00") && prefix.length() > 2) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return region.startsWith(prefix);
    }

    /** Whether one area lies within the other, either way round. */
    public static boolean overlaps(String a, String b) {
        return covers(a, b) || covers(b, a);
    }
}
