package org.chs.platform.web;

import java.util.regex.Pattern;

/**
 * Keeps resident ID numbers (居民身份证号码) out of messages and logs (ARCHITECTURE §6): any 18-character number in a text is
 * shown as {@code 330127********123X}.
 */
public final class PersonalData {

    // Same rule as the gateway's access log: 17 digits and a check character, not part of a longer word.
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

    private PersonalData() {
    }

    /** The text with every resident ID number in it masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        return text == null ? null : RESIDENT_ID.matcher(text).replaceAll("$1********$2");
    }
}
