package edu.community.eventsourcing.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    /** Writes dates as ISO strings, as the services' mapper does. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** An older shape of the payload that named the county {@code county} and had no level or ownership. */
    static class RenameCounty implements Upcaster {
        @Override
        public String eventName() {
            return "SchoolRegistered";
        }

        @Override
        public int fromVersion() {
            return 0;
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            ObjectNode next = payload.deepCopy();
            next.set("countyCode", next.remove("county"));
            next.put("level", "PRIMARY");
            next.put("ownership", "PUBLIC");
            return next;
        }
    }

    private final SchoolRegistered registered = new SchoolRegistered("3301060001", "文新小学", "330106",
            SchoolClassification.URBAN, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 1200, false, false, false, LocalDate.of(2026, 9, 1));

    @Test
    void an_event_reads_back_as_the_record_it_was_written_from() {
        EventCodec codec = new EventCodec(JSON, List.of());

        assertEquals("edu.community.SchoolRegistered.v1", codec.typeOf(registered));
        assertEquals(1, codec.versionOf(registered));
        assertEquals(registered, codec.decode("SchoolRegistered", 1, codec.encode(registered)));
    }

    @Test
    void an_older_payload_is_upcast_step_by_step_to_the_current_contract() {
        EventCodec codec = new EventCodec(JSON, List.of(new RenameCounty()));
        String older = """
                {"schoolCode":"3301060001","name":"文新小学","county":"330106","classification":"URBAN",
                 "enrolment":1200,"effectiveDate":"2026-09-01"}""";

        assertEquals(registered, codec.decode("SchoolRegistered", 0, older));
    }

    @Test
    void an_event_without_a_contract_in_this_build_is_refused() {
        EventCodec codec = new EventCodec(JSON, List.of());

        assertThrows(EventCodec.UnknownEventType.class, () -> codec.decode("SchoolRegistered", 7, "{}"));
    }

    @Test
    void an_event_that_fails_its_published_schema_is_never_encoded() {
        EventCodec codec = new EventCodec(JSON, List.of());

        for (LocalDate outside : List.of(LocalDate.of(-2022, 1, 1), LocalDate.of(1_000_000, 1, 1))) {
            var refused = assertThrows(ContractCheck.ContractViolation.class, () -> codec.encode(registeredOn(outside)));
            assertTrue(refused.getMessage().contains("effectiveDate"), refused.getMessage());
        }
        assertThrows(ContractCheck.ContractViolation.class, () -> codec.encode(new SchoolRegistered("3301060001",
                "文新小学\u0000", "330106", SchoolClassification.URBAN, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null,
                1200, false, false, false, LocalDate.of(2026, 9, 1))));
        assertThrows(ContractCheck.ContractViolation.class, () -> codec.encode(new SchoolRegistered("3301060001",
                "文新小学", "330106", null, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null,
                1200, false, false, false, LocalDate.of(2026, 9, 1))));
    }

    private static SchoolRegistered registeredOn(LocalDate date) {
        return new SchoolRegistered("3301060001", "文新小学", "330106", SchoolClassification.URBAN, SchoolLevel.PRIMARY,
                SchoolOwnership.PUBLIC, null, 1200, false, false, false, date);
    }
}
