package edu.community.eventsourcing.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolAccessTest {

    private static final Division XIHU = new Division("330106");

    private static Caller caller(Optional<String> school, String... roles) {
        return new Caller("subject", Set.of(roles), XIHU, school);
    }

    @Test
    void a_school_officer_writes_its_own_school_only() {
        Caller officer = caller(Optional.of("3301060001"), "school-officer");
        assertDoesNotThrow(() -> officer.requireSchoolAccess("3301060001"));
        OutsideSchool refused = assertThrows(OutsideSchool.class, () -> officer.requireSchoolAccess("3301060002"));
        assertEquals("3301060002", refused.target());
        assertEquals(Optional.of("3301060001"), refused.callerSchool());
    }

    @Test
    void a_school_officer_without_a_school_claim_writes_nothing() {
        Caller officer = caller(Optional.empty(), "school-officer");
        assertThrows(OutsideSchool.class, () -> officer.requireSchoolAccess("3301060001"));
    }

    @Test
    void division_wide_roles_are_not_limited_to_a_school() {
        assertDoesNotThrow(() -> caller(Optional.empty(), "county-officer").requireSchoolAccess("3301060002"));
        assertDoesNotThrow(() -> caller(Optional.of("3301060001"), "school-officer", "county-officer")
                .requireSchoolAccess("3301060002"));
    }
}
