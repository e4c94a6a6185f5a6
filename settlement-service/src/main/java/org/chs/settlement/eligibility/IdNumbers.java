package org.chs.settlement.eligibility;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Set;

import org.chs.settlement.shared.InvalidFieldException;

/**
 * 公民身份号码 — checks a resident ID number against GB 11643 before it is sent anywhere: 18 characters, a province that
 * exists, a real birth date that is not in the future, and the ISO 7064 MOD 11-2 check character. A number that breaks a rule
 * is the caller's typing error (400), never a question for enrollment, whose refusal would otherwise look like an outage.
 */
public final class IdNumbers {

    /** The shape alone, for request validation; {@link #check} applies every rule. */
    public static final String PATTERN = "\\d{17}[0-9Xx]";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /**
     * The first two digits (GB/T 2260 province codes): the mainland provinces, 71 Taiwan, 81/82/83 the residence permits of
     * Hong Kong, Macao and Taiwan residents, 91 the permanent residence cards of foreigners (2023 format).
     */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
            "83", "91");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    /** Nobody insured was born before; an earlier date is a typing error (enrollment applies the same bound). */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private IdNumbers() {
    }

    /**
     * Applies every GB 11643 rule; the messages never repeat the number.
     *
     * @param today the agency's date, which a birth date may not be after
     * @throws InvalidFieldException on field {@code idNumber} naming the broken rule: {@code required}, {@code length},
     *                               {@code format}, {@code region}, {@code birth-date} or {@code check-digit}
     */
    public static void check(String idNumber, LocalDate today) {
        if (idNumber == null || idNumber.isBlank()) {
            throw invalid("required", "idNumber is required");
        }
        if (idNumber.length() != 18) {
            throw invalid("length", "idNumber must have 18 characters, this one has " + idNumber.length());
        }
        if (!idNumber.matches(PATTERN)) {
            throw invalid("format", "idNumber must be 17 digits followed by a digit or X");
        }
        if (!PROVINCES.contains(idNumber.substring(0, 2))) {
            throw invalid("region", "the first two digits of idNumber name no province (GB/T 2260)");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(idNumber.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException e) {
            throw invalid("birth-date", "characters 7-14 of idNumber are not a real date");
        }
        if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
            throw invalid("birth-date", "the birth date in idNumber is before 1900 or in the future");
        }
        if (Character.toUpperCase(idNumber.charAt(17)) != checkCharacter(idNumber)) {
            throw invalid("check-digit", "the check character of idNumber is wrong (GB 11643)");
        }
    }

    private static char checkCharacter(String idNumber) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static InvalidFieldException invalid(String rule, String message) {
        return new InvalidFieldException("idNumber", rule, message);
    }

    /** {@code 330127********123X}: region and last four, as responses and logs show it. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "****";
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }
}
