package edu.community.eventsourcing.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DivisionTest {

    private static Division division(String code) {
        return new Division(code);
    }

    @Test
    void a_city_covers_its_own_counties_only() {
        assertTrue(division("330100").covers(division("330106")));
        assertTrue(division("330100").covers(division("330127")));
        assertTrue(division("330100").covers(division("330100")));
        assertFalse(division("330100").covers(division("330206")));
    }

    @Test
    void a_county_covers_only_itself() {
        assertTrue(division("330106").covers(division("330106")));
        assertFalse(division("330106").covers(division("330127")));
        assertFalse(division("330106").covers(division("330100")));
    }

    @Test
    void a_province_covers_every_division_in_it_and_none_outside() {
        assertTrue(division("330000").covers(division("331127")));
        assertTrue(division("330000").covers(division("330100")));
        assertFalse(division("330000").covers(division("130102")));
    }

    @Test
    void a_code_is_six_digits() {
        assertThrows(IllegalArgumentException.class, () -> division("3301"));
        assertThrows(IllegalArgumentException.class, () -> division("33010a"));
    }

    @Test
    void a_county_officer_cannot_write_outside_the_county_and_the_refusal_names_the_division() {
        Caller officer = new Caller("subject", Set.of("county-officer"), division("330106"), Optional.empty());
        OutsideDivision refused = assertThrows(OutsideDivision.class,
                () -> officer.requireWriteAccess(List.of(division("330106"), division("330127"))));
        assertEquals("330127", refused.target().code());
    }

    @Test
    void province_wide_roles_read_everywhere_but_write_only_in_their_division() {
        Caller analyst = new Caller("subject", Set.of("analyst"), division("330106"), Optional.empty());
        assertTrue(analyst.mayRead(division("130102")));
        assertFalse(analyst.mayWrite(division("330127")));
    }

    @Test
    void parents_of_a_county() {
        assertEquals(division("330100"), division("330106").city());
        assertEquals(division("330000"), division("330106").province());
    }
}
