package edu.community.reference;

/**
 * 公民身份号码 (GB 11643-1999) — the check character of an 18-character resident ID number: ISO 7064 MOD 11-2 over
 * the first 17 digits (a 6-digit address code, the birth date as {@code yyyyMMdd}, a 3-digit sequence), {@code X}
 * for 10. Written once here for staffing-service's check and for whatever generates numbers (fixtures, the demo).
 */
public final class ResidentIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumbers() {
    }

    /** The check character of 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("the first 17 characters of a resident ID number are digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
