package edu.community.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivisionsTest {

    private final Divisions divisions = Divisions.gbT2260();

    @Test
    void names_come_at_every_level() {
        assertEquals(Optional.of("浙江省"), divisions.nameOf("330000"));
        assertEquals(Optional.of("杭州市"), divisions.nameOf("330100"));
        assertEquals(Optional.of("西湖区"), divisions.nameOf("330106"));
        assertEquals(Optional.empty(), divisions.nameOf("339999"));
    }

    @Test
    void only_county_level_codes_are_counties() {
        assertTrue(divisions.isCounty("330127"));
        assertFalse(divisions.isCounty("330100"));
        assertFalse(divisions.isCounty("330000"));
        assertFalse(divisions.isCounty("339999"));
    }

    @Test
    void zhejiang_has_11_cities_and_a_city_lists_its_counties() {
        assertEquals(11, divisions.childrenOf("330000").size());
        assertTrue(divisions.childrenOf("330100").contains("330106"));
        assertTrue(divisions.childrenOf("330106").isEmpty());
    }
}
