package org.chs.enrollment.personaldata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid and broken resident ID numbers for tests. None belongs to a real person: the check character is computed here. */
public final class IdNumberFixtures {

    private IdNumberFixtures() {
    }

    /** A valid number for an area (6 digits), a birth date and a 3-digit sequence (odd = male). */
    public static String valid(String area, LocalDate birthDate, int sequence) {
        String first17 = area + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckCharacter(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '0' ? '1' : right == 'X' ? '0' : (char) (right + 1 > '9' ? 'X' : right + 1);
        return valid.substring(0, 17) + wrong;
    }

    /** A man born 1990-03-07 in Chun'an county (330127). */
    public static String adult() {
        return valid("330127", LocalDate.of(1990, 3, 7), 211);
    }
}
