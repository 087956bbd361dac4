package edu.community.community.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolTest {

    private static final DivisionDirectory ZHEJIANG = Set.of("330106", "330127")::contains;
    private static final LocalDate SEPTEMBER_FIRST = LocalDate.of(2026, 9, 1);

    private static RegisterSchool register(String code, String county) {
        return new RegisterSchool(new SchoolCode(code), "文新小学", county, SchoolClassification.URBAN,
                SchoolLevel.PRIMARY, 1200, SEPTEMBER_FIRST);
    }

    private static School given(Record... events) {
        School school = School.NONE;
        for (Record event : events) {
            school = school.apply(event);
        }
        return school;
    }

    @Test
    void a_new_school_is_registered() {
        List<SchoolRegistered> events = given().decide(register("3301060001", "330106"), ZHEJIANG);

        assertEquals(List.of(new SchoolRegistered("3301060001", "文新小学", "330106", SchoolClassification.URBAN,
                SchoolLevel.PRIMARY, 1200, SEPTEMBER_FIRST)), events);
    }

    @Test
    void a_school_code_is_registered_once() {
        School registered = given(given().decide(register("3301060001", "330106"), ZHEJIANG).toArray(Record[]::new));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> registered.decide(register("3301060001", "330106"), ZHEJIANG));
        assertEquals("school.already-registered", refused.rule());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
    }

    @Test
    void the_county_must_be_a_county_level_division_of_the_reference_data() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> given().decide(register("3301060001", "330100"), ZHEJIANG));
        assertEquals("division.unknown", refused.rule());
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, refused.kind());
    }

    @Test
    void a_school_code_has_ten_digits() {
        assertThrows(IllegalArgumentException.class, () -> new SchoolCode("330106001"));
        assertThrows(IllegalArgumentException.class, () -> new SchoolCode("33010600O1"));
    }

    @Test
    void the_school_remembers_what_was_registered() {
        School school = given(new SchoolRegistered("3301060001", "文新小学", "330106", SchoolClassification.URBAN,
                SchoolLevel.PRIMARY, 1200, SEPTEMBER_FIRST));

        assertEquals("330106", school.countyCode());
        assertEquals(1200, school.enrolment());
        assertEquals(SEPTEMBER_FIRST, school.registeredOn());
    }
}
