package edu.community.staffing.domain;

import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.reference.ResidentIdNumbers;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * 公民身份号码 — an 18-character resident ID number (GB 11643-1999): a 6-digit address code, the birth date as
 * {@code yyyyMMdd}, a 3-digit sequence and a check character ({@link ResidentIdNumbers}).
 * Personal data: it lives in the personal-data register only, never in an event.
 */
public record ResidentId(String value) {

    /**
     * Reads a resident ID number, refusing one of another form or with a wrong check character (rule
     * {@code staff.resident-id-invalid}) and one whose birth date differs from the one given
     * ({@code staff.resident-id-birth-date-mismatch}).
     */
    public static ResidentId of(String text, LocalDate birthDate) {
        if (text == null || !text.matches("\\d{17}[\\dX]")) {
            throw invalid("a resident ID number is 17 digits and a check digit or X");
        }
        if (text.charAt(17) != ResidentIdNumbers.checkCharacter(text.substring(0, 17))) {
            throw invalid("the check character of the resident ID number is wrong");
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("the resident ID number holds no valid birth date");
        }
        if (!born.equals(birthDate)) {
            throw RuleViolation.of("staff.resident-id-birth-date-mismatch",
                    "the birth date in the resident ID number is not the birth date given");
        }
        return new ResidentId(text);
    }

    private static RuleViolation invalid(String message) {
        return RuleViolation.of("staff.resident-id-invalid", message, Map.of());
    }

    @Override
    public String toString() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
