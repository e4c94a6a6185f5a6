package org.chs.enrollment.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 公民身份号码 — an 18-character resident identity number (GB 11643-1999): a 6-digit area code, the birth date
 * {@code yyyyMMdd}, a 3-digit sequence whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check
 * character ({@code 0}–{@code 9} or {@code X}).
 *
 * <p>{@link #toString()} is masked on purpose, so that a number that slips into a log line or an exception message is not
 * disclosed; only {@link #value()} gives the full number.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    /** Nobody alive was born before; a date before it is a typing error, not a person. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a number as typed: surrounding blanks are ignored and a lowercase {@code x} is read as {@code X}.
     *
     * @param today the date a birth date may not be after
     * @throws InvalidIdNumberException naming the broken rule
     */
    public static IdNumber parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdNumberException("required", "the resident ID number is required");
        }
        String normalised = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (normalised.length() != 18) {
            throw new InvalidIdNumberException("length", "a resident ID number has 18 characters, this one has " + normalised.length());
        }
        if (!SHAPE.matcher(normalised).matches()) {
            throw new InvalidIdNumberException("format", "a resident ID number is 17 digits followed by a digit or X");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(normalised.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException("birth-date", "characters 7-14 of the resident ID number are not a real date");
        }
        if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
            throw new InvalidIdNumberException("birth-date", "the birth date in the resident ID number is before 1900 or in the future");
        }
        if (normalised.charAt(17) != checkCharacter(normalised.substring(0, 17))) {
            throw new InvalidIdNumberException("check-digit", "the check character of the resident ID number is wrong (GB 11643)");
        }
        return new IdNumber(normalised);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The full number. Disclose it only where {@link PersonalDataProtector} rules allow, and audit that. */
    public String value() {
        return value;
    }

    /** The number with the middle eight characters starred: {@code 330127********123X}. */
    public String masked() {
        return mask(value);
    }

    /** Masks a full number: first six characters, eight stars, last four. */
    public static String mask(String fullNumber) {
        return fullNumber.substring(0, 6) + "********" + fullNumber.substring(14);
    }

    public String areaCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
