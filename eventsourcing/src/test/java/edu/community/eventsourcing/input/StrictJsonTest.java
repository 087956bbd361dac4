package edu.community.eventsourcing.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    enum Classification { URBAN, TOWNSHIP, RURAL }

    record School(String name, Classification classification, Integer enrolment, Boolean teachingPoint,
                  Double floorSpace, LocalDate effectiveDate, @FreeText @Size(max = 2000) String content,
                  List<String> members, int books, UUID id) {
    }

    static final StrictInputConfig LIMITS = new StrictInputConfig() {
        public int maxStringLength() { return 50; }
        public int maxListSize() { return 3; }
        public LocalDate earliestDate() { return LocalDate.of(1949, 10, 1); }
        public int latestDateYearsAhead() { return 10; }
        public int maxUriLength() { return 4096; }
    };

    private final ObjectMapper json = strict();

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson(LIMITS, Clock.fixed(LocalDate.of(2026, 11, 29).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)).customize(mapper);
        return mapper;
    }

    private School read(String members) throws JsonProcessingException {
        return json.readValue("{" + members.replace('\'', '"') + "}", School.class);
    }

    @Test
    void a_well_formed_request_reads_as_sent() throws JsonProcessingException {
        School school = read("'name':'文新小学','classification':'TOWNSHIP','enrolment':1200,'teachingPoint':true,"
                + "'floorSpace':12,'effectiveDate':'2026-09-01','content':'a\\nb','members':['x','y'],'books':3");
        assertEquals(new School("文新小学", Classification.TOWNSHIP, 1200, true, 12.0, LocalDate.of(2026, 9, 1), "a\nb",
                List.of("x", "y"), 3, null), school);
    }

    @Test
    void trailing_tokens_duplicates_and_unknown_properties_are_refused() {
        assertThrows(JsonProcessingException.class, () -> json.readValue("{\"name\":\"a\",\"books\":1}}", School.class));
        assertThrows(JsonProcessingException.class, () -> json.readValue("{\"books\":1} x", School.class));
        assertThrows(JsonProcessingException.class, () -> read("'name':'a','name':'b','books':1"));
        assertThrows(JsonProcessingException.class, () -> read("'nickname':'a','books':1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'classification':'1'", "'classification':1", "'classification':'URBAN '",
            "'classification':'URBAN\\u0000'", "'classification':'urban'", "'classification':''",
            "'classification':true"})
    void enums_are_read_by_exact_name_only(String member) {
        assertThrows(MismatchedInputException.class, () -> read(member + ",'books':1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'effectiveDate':'-2022-01-01'", "'effectiveDate':'+1000000-01-01'",
            "'effectiveDate':'9999-12-31'", "'effectiveDate':'1900-01-01'", "'effectiveDate':'2026-09-01T00:00:00'",
            "'effectiveDate':''", "'effectiveDate':123", "'effectiveDate':'2026-02-30'", "'effectiveDate':'2026-9-1'",
            "'effectiveDate':[2026,9,1]", "'effectiveDate':'2036-11-30'"})
    void dates_are_iso_local_dates_inside_the_window(String member) {
        assertThrows(MismatchedInputException.class, () -> read(member + ",'books':1"));
    }

    @Test
    void the_window_reaches_from_1949_10_01_to_ten_years_ahead() throws JsonProcessingException {
        assertEquals(LocalDate.of(1949, 10, 1), read("'effectiveDate':'1949-10-01','books':1").effectiveDate());
        assertEquals(LocalDate.of(2036, 11, 29), read("'effectiveDate':'2036-11-29','books':1").effectiveDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'name':12", "'name':true", "'enrolment':0.5", "'enrolment':'12'", "'enrolment':12.0",
            "'enrolment':true", "'teachingPoint':1", "'teachingPoint':'true'", "'floorSpace':'NaN'",
            "'floorSpace':'Infinity'", "'floorSpace':'12.5'", "'floorSpace':1e999", "'books':null",
            "'members':'x'", "'name':['a']", "'id':''", "'id':1"})
    void scalars_are_never_coerced(String member) {
        assertThrows(JsonProcessingException.class, () -> read(member + (member.contains("books") ? "" : ",'books':1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'name':'a\\u0000'", "'name':'a\\nb'", "'name':'a\\u2028b'", "'name':'a\\u001b'",
            "'content':'a\\u0007b'", "'members':['a\\u0000']"})
    void text_follows_the_text_rules(String member) {
        assertThrows(MismatchedInputException.class, () -> read(member + ",'books':1"));
    }

    @Test
    void strings_are_bounded_by_default_and_by_their_size_and_lists_by_default() {
        String fifty = "x".repeat(50);
        assertEquals(fifty, assertDoesNotFail("'name':'" + fifty + "','books':1").name());
        assertThrows(MismatchedInputException.class, () -> read("'name':'" + fifty + "x','books':1"));
        assertThrows(MismatchedInputException.class, () -> read("'members':['a','b','c','d'],'books':1"));
        String longer = "x".repeat(2000);
        assertEquals(longer, assertDoesNotFail("'content':'" + longer + "','books':1").content());
        assertThrows(MismatchedInputException.class, () -> read("'content':'" + longer + "x','books':1"));
    }

    @Test
    void text_is_normalised_to_nfc() throws JsonProcessingException {
        assertEquals("\u00e9cole", read("'name':'e\\u0301cole','books':1").name());
    }

    private School assertDoesNotFail(String members) {
        try {
            return read(members);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
