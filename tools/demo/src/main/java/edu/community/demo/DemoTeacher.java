package edu.community.demo;

import edu.community.reference.ResidentIdNumbers;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated teacher as staffing-service registers one: obviously synthetic personal data (a numbered 演示教师 name,
 * an {@code example.invalid} address) and a resident ID number that passes GB 11643, made from the seed.
 */
record DemoTeacher(String name, String residentId, String gender, LocalDate birthDate, String contact, String school,
                   LocalDate appointedOn, String title, String backbone, List<String> subjects) {

    /** GB 11643-1999: address code, birth date, sequence (odd for a man) and the check character. */
    static String residentId(String county, LocalDate birthDate, int sequence) {
        String first17 = county + String.format("%04d%02d%02d%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sequence);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }
}
