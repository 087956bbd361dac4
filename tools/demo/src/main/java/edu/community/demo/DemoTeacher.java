package edu.community.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated teacher as staffing-service registers one: obviously synthetic personal data (a numbered 演示教师 name,
 * an {@code example.invalid} address) and a resident ID number that passes GB 11643, made from the seed.
 */
record DemoTeacher(String name, String residentId, String gender, LocalDate birthDate, String contact, String school,
                   LocalDate appointedOn, String title, String backbone, List<String> subjects) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** GB 11643-1999: address code, birth date, sequence (odd for a man) and the ISO 7064 MOD 11-2 check character. */
    static String residentId(String county, LocalDate birthDate, int sequence) {
        String first17 = county + String.format("%04d%02d%02d%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
