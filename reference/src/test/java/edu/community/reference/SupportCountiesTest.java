package edu.community.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportCountiesTest {

    private final SupportCounties counties = new SupportCounties(List.of(
            new SupportCounties.Listing("330326", "平阳县", SupportCategory.MOUNTAIN, LocalDate.of(2021, 1, 1),
                    LocalDate.of(2024, 8, 20)),
            new SupportCounties.Listing("330127", "淳安县", SupportCategory.MOUNTAIN, LocalDate.of(2021, 1, 1), null),
            new SupportCounties.Listing("330902", "定海区", SupportCategory.ISLAND, LocalDate.of(2021, 1, 1), null)));

    @Test
    void the_status_is_the_one_in_force_on_the_date_asked_not_today() {
        assertEquals(Optional.of(SupportCategory.MOUNTAIN), counties.categoryOn("330326", LocalDate.of(2024, 8, 19)));
        assertEquals(Optional.empty(), counties.categoryOn("330326", LocalDate.of(2024, 8, 20)));
        assertEquals(Optional.empty(), counties.categoryOn("330326", LocalDate.of(2020, 12, 31)));
        assertEquals(Optional.of(SupportCategory.ISLAND), counties.categoryOn("330902", LocalDate.of(2026, 9, 1)));
        assertEquals(Optional.empty(), counties.categoryOn("330106", LocalDate.of(2026, 9, 1)));
    }

    @Test
    void the_list_of_a_date_leaves_out_counties_that_had_left_it() {
        assertEquals(3, counties.inForceOn(LocalDate.of(2024, 1, 1)).size());
        assertEquals(2, counties.inForceOn(LocalDate.of(2024, 9, 1)).size());
    }

    @Test
    void the_bundled_table_lists_26_mountainous_and_6_island_counties_in_2022() {
        var listed = SupportCounties.bundled().inForceOn(LocalDate.of(2022, 9, 1));
        assertEquals(26, listed.stream().filter(l -> l.category() == SupportCategory.MOUNTAIN).count());
        assertEquals(6, listed.stream().filter(l -> l.category() == SupportCategory.ISLAND).count());
    }
}
