package edu.community.staffing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.reference.ResidentIdNumbers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

    /** The example number of GB 11643-1999 (check character X). */
    private static final String EXAMPLE = "11010519491231002X";

    @Test
    void the_standards_example_is_valid() {
        assertEquals(EXAMPLE, ResidentId.of(EXAMPLE, LocalDate.of(1949, 12, 31)).value());
        assertEquals('X', ResidentIdNumbers.checkCharacter(EXAMPLE.substring(0, 17)));
    }

    @Test
    void a_wrong_check_character_is_refused() {
        var refused = assertThrows(RuleViolation.class,
                () -> ResidentId.of("110105194912310021", LocalDate.of(1949, 12, 31)));
        assertEquals("staff.resident-id-invalid", refused.rule());
    }

    @Test
    void another_form_is_refused() {
        assertEquals("staff.resident-id-invalid", assertThrows(RuleViolation.class,
                () -> ResidentId.of("11010519491231002x", LocalDate.of(1949, 12, 31))).rule());
        assertEquals("staff.resident-id-invalid", assertThrows(RuleViolation.class,
                () -> ResidentId.of("1101051949123100", LocalDate.of(1949, 12, 31))).rule());
    }

    @Test
    void a_birth_date_other_than_the_numbers_is_refused() {
        var refused = assertThrows(RuleViolation.class, () -> ResidentId.of(EXAMPLE, LocalDate.of(1950, 1, 1)));
        assertEquals("staff.resident-id-birth-date-mismatch", refused.rule());
    }

    @Test
    void its_text_form_hides_the_birth_date() {
        assertEquals("110105********002X", ResidentId.of(EXAMPLE, LocalDate.of(1949, 12, 31)).toString());
    }
}
