package edu.community.community.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolClosed;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.contracts.community.SchoolReopened;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolTest {

    private static final Set<String> NO_COMMUNITY = Set.of();
    private static final DivisionDirectory ZHEJIANG = Set.of("330106", "330127")::contains;
    private static final SchoolCode CODE = new SchoolCode("3301060001");
    private static final LocalDate SEPTEMBER_FIRST = LocalDate.of(2026, 9, 1);
    private static final SchoolDetails DETAILS = new SchoolDetails("文新小学", SchoolClassification.URBAN,
            SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 1200, false, false, false);
    private static final SchoolRegistered REGISTERED = new SchoolRegistered("3301060001", "文新小学", "330106",
            SchoolClassification.URBAN, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 1200, false, false, false, SEPTEMBER_FIRST);

    private static RegisterSchool register(String county) {
        return new RegisterSchool(CODE, county, DETAILS, SEPTEMBER_FIRST);
    }

    private static School given(Record... events) {
        School school = School.NONE;
        for (Record event : events) {
            school = school.apply(event);
        }
        return school;
    }

    private static String refusal(Runnable command) {
        return assertThrows(RuleViolation.class, command::run).rule();
    }

    @Test
    void a_new_school_is_registered() {
        assertEquals(List.of(REGISTERED), given().decide(register("330106"), ZHEJIANG));
    }

    @Test
    void a_school_code_is_registered_once() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> given(REGISTERED).decide(register("330106"), ZHEJIANG));
        assertEquals("school.already-registered", refused.rule());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
    }

    @Test
    void the_county_must_be_a_county_level_division_of_the_reference_data() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> given().decide(register("330100"), ZHEJIANG));
        assertEquals("division.unknown", refused.rule());
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, refused.kind());
    }

    @Test
    void a_school_code_has_ten_digits() {
        assertThrows(IllegalArgumentException.class, () -> new SchoolCode("330106001"));
        assertThrows(IllegalArgumentException.class, () -> new SchoolCode("33010600O1"));
    }

    @Test
    void new_details_are_recorded_from_their_date() {
        SchoolDetails merged = new SchoolDetails("文新小学", SchoolClassification.URBAN, SchoolLevel.NINE_YEAR, SchoolOwnership.PUBLIC,
                "12330106MB0000000X", 1500, false, false, false);

        List<SchoolDetailsChanged> events = given(REGISTERED)
                .decide(new ChangeSchoolDetails(CODE, merged, LocalDate.of(2027, 2, 1)));

        assertEquals(List.of(new SchoolDetailsChanged("3301060001", "文新小学", SchoolClassification.URBAN,
                SchoolLevel.NINE_YEAR, SchoolOwnership.PUBLIC, "12330106MB0000000X", 1500, false, false, false, LocalDate.of(2027, 2, 1))),
                events);
        assertEquals(merged, given(REGISTERED, events.get(0)).details());
    }

    @Test
    void the_same_details_again_change_nothing() {
        assertEquals(List.of(), given(REGISTERED).decide(new ChangeSchoolDetails(CODE, DETAILS, SEPTEMBER_FIRST)));
    }

    @Test
    void a_command_on_an_unregistered_school_is_refused_as_not_found() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> given().decide(new CloseSchool(CODE, SEPTEMBER_FIRST, null), NO_COMMUNITY));
        assertEquals("school.not-registered", refused.rule());
        assertEquals(RuleViolation.Kind.NOT_FOUND, refused.kind());
    }

    @Test
    void a_school_closes_once_and_reopens_only_when_closed_and_not_before_it_closed() {
        SchoolClosed closed = new SchoolClosed("3301060001", LocalDate.of(2027, 7, 1), "merged");
        assertEquals(List.of(closed),
                given(REGISTERED).decide(new CloseSchool(CODE, LocalDate.of(2027, 7, 1), "merged"), NO_COMMUNITY));

        School closedSchool = given(REGISTERED, closed);
        assertEquals(School.Status.CLOSED, closedSchool.status());
        assertEquals("school.already-closed",
                refusal(() -> closedSchool.decide(new CloseSchool(CODE, LocalDate.of(2027, 8, 1), null),
                        NO_COMMUNITY)));
        assertEquals("school.closed",
                refusal(() -> closedSchool.decide(new ChangeSchoolDetails(CODE, DETAILS, LocalDate.of(2027, 8, 1)))));
        assertEquals("school.reopened-before-closed",
                refusal(() -> closedSchool.decide(new ReopenSchool(CODE, LocalDate.of(2027, 6, 30)))));
        assertEquals("school.not-closed",
                refusal(() -> given(REGISTERED).decide(new ReopenSchool(CODE, LocalDate.of(2027, 8, 1)))));

        SchoolReopened reopened = new SchoolReopened("3301060001", LocalDate.of(2027, 9, 1));
        assertEquals(List.of(reopened), closedSchool.decide(new ReopenSchool(CODE, LocalDate.of(2027, 9, 1))));
        assertEquals(School.Status.OPEN, given(REGISTERED, closed, reopened).status());
    }

    @Test
    void a_school_in_an_active_community_cannot_close_until_it_leaves() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> given(REGISTERED)
                .decide(new CloseSchool(CODE, LocalDate.of(2027, 7, 1), "merged"), Set.of("c-2", "c-1")));
        assertEquals("school.in-active-community", refused.rule());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
        assertEquals(List.of("c-1", "c-2"), refused.details().get("communities"));
    }

    @Test
    void nothing_takes_effect_before_the_school_was_registered() {
        assertEquals("effective-date.before-registration",
                refusal(() -> given(REGISTERED).decide(new CloseSchool(CODE, LocalDate.of(2026, 8, 31), null),
                        NO_COMMUNITY)));
    }
}
