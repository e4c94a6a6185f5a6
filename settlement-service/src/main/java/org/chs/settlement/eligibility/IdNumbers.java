package org.chs.settlement.eligibility;

/** 公民身份号码 — checks a resident ID number's shape and check digit (GB 11643) before it is sent anywhere. */
public final class IdNumbers {

    public static final String PATTERN = "\\d{17}[0-9Xx]";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    public static boolean isValid(String idNumber) {
        if (idNumber == null || !idNumber.matches(PATTERN)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(idNumber.charAt(17)) == CHECK[sum % 11];
    }

    /** {@code 330127********123X}: region and last four, as responses and logs show it. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "****";
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }
}
