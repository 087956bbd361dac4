package edu.community.eventsourcing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import edu.community.eventsourcing.input.StrictInputConfig;
import edu.community.eventsourcing.input.StrictJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkRowsTest {

    enum Level { PRIMARY, JUNIOR }

    record School(String schoolCode, Level level, Integer enrolment, Double floorSpace, Boolean vocational,
                  LocalDate effectiveDate) {
    }

    private static final StrictInputConfig DEFAULTS = new StrictInputConfig() {
        public int maxStringLength() { return 1000; }
        public int maxListSize() { return 1000; }
        public LocalDate earliestDate() { return LocalDate.of(1949, 10, 1); }
        public int latestDateYearsAhead() { return 10; }
        public int maxUriLength() { return 4096; }
    };

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson(DEFAULTS).customize(mapper);
        return mapper;
    }

    @Test
    void csv_cells_become_numbers_and_booleans_only_when_plain() {
        List<BulkRows.Row<School>> rows = BulkRows.csv("""
                schoolCode,level,enrolment,floorSpace,vocational,effectiveDate
                3301060001,PRIMARY,1200,2500.5,true,2026-09-01
                3301060002,JUNIOR,,,,
                3301060003,1,1200,1,false,2026-09-01
                3301060004,PRIMARY,12.0,1,false,2026-09-01
                3301060005,PRIMARY,1200,NaN,false,2026-09-01
                3301060006,PRIMARY,1200,1,1,2026-09-01
                3301060007,PRIMARY ,1200,1,false,2026-09-01
                3301060008,PRIMARY,1200,1,false,-2022-01-01
                3301060009,PRIMARY,1200,1
                """, json, School.class);

        assertEquals(new School("3301060001", Level.PRIMARY, 1200, 2500.5, true, LocalDate.of(2026, 9, 1)),
                rows.get(0).request());
        assertEquals(new School("3301060002", Level.JUNIOR, null, null, null, null), rows.get(1).request());
        for (BulkRows.Row<School> refused : rows.subList(2, rows.size())) {
            assertNull(refused.request(), "row " + refused.number());
            assertTrue(refused.malformed() != null, "row " + refused.number());
        }
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10), rows.stream().map(BulkRows.Row::number).toList());
        assertTrue(rows.get(2).malformed().startsWith("level: "), rows.get(2).malformed());
    }

    @Test
    void a_body_that_is_no_import_is_refused_whole() {
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.csv("", json, School.class));
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.jsonLines("  \n", json, School.class));
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.csv("schoolCode,level\n", json, School.class));
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.csv("schoolCode,colour\n1,red\n", json, School.class));
        String binary = new String(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80}, StandardCharsets.UTF_8);
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.csv(binary, json, School.class));
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.jsonLines(binary, json, School.class));
        String garbage = "x,y,z\n".repeat(10_000);
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.csv(garbage, json, School.class));
        assertThrows(BulkRows.Unreadable.class, () -> BulkRows.jsonLines("{\"a\":1}}\nnot json\n", json, School.class));
    }

    @Test
    void json_lines_go_through_the_strict_mapping_row_by_row() {
        List<BulkRows.Row<School>> rows = BulkRows.jsonLines("""
                {"schoolCode":"3301060001","level":"PRIMARY","enrolment":1200}
                {"schoolCode":"3301060002","level":"PRIMARY","enrolment":"1200"}
                {"schoolCode":"3301060003","level":"PRIMARY"}}
                """, json, School.class);

        assertEquals(Level.PRIMARY, rows.get(0).request().level());
        assertNull(rows.get(1).request());
        assertNull(rows.get(2).request());
    }
}
