package edu.community.contracts.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.EventContract;
import edu.community.contracts.EventContracts;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import edu.community.contracts.community.SchoolLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractSchemasTest {

    record Period(LocalDate from, @Optional LocalDate to) {
    }

    @EventContract(topic = Topics.STAFFING, name = "TeacherPosted", version = 2, description = "A teacher was posted.")
    record TeacherPostedV2(
            String teacherId,
            @Optional String note,
            SchoolLevel level,
            int days,
            List<Period> periods,
            Instant decidedAt,
            OffsetDateTime announcedAt) {
    }

    record Remark(String text, @Optional String detail) {
    }

    @EventContract(topic = Topics.STAFFING, name = "OptionalPrimitive", version = 1, description = "Invalid.")
    record OptionalPrimitive(@Optional int days) {
    }

    @Test
    void generates_the_schema_of_a_record() {
        String expected = """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "urn:edu-community:contracts:edu.staffing.TeacherPosted.v2",
                  "title": "TeacherPosted v2",
                  "description": "A teacher was posted.",
                  "type": "object",
                  "properties": {
                    "teacherId": {"type": "string"},
                    "note": {"type": "string"},
                    "level": {"type": "string", "enum": ["PRIMARY", "JUNIOR", "NINE_YEAR", "SENIOR"]},
                    "days": {"type": "integer"},
                    "periods": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "from": {"type": "string", "format": "date"},
                          "to": {"type": "string", "format": "date"}
                        },
                        "required": ["from"]
                      }
                    },
                    "decidedAt": {"type": "string", "format": "date-time"},
                    "announcedAt": {"type": "string", "format": "date-time"}
                  },
                  "required": ["teacherId", "level", "days", "periods", "decidedAt", "announcedAt"]
                }
                """;
        assertEquals(ContractSchemas.read(expected),
                ContractSchemas.schemaOf(EventContracts.of(TeacherPostedV2.class)));
    }

    @Test
    void keeps_the_declaration_order_of_components() {
        List<String> names = new ArrayList<>();
        ContractSchemas.schemaOf(EventContracts.of(TeacherPostedV2.class)).get("properties").fieldNames()
                .forEachRemaining(names::add);
        assertEquals(List.of("teacherId", "note", "level", "days", "periods", "decidedAt", "announcedAt"), names);
    }

    @Test
    void an_optional_component_is_left_out_of_the_json_when_null() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("{\"text\":\"moved\"}", json.writeValueAsString(new Remark("moved", null)));
        assertEquals("{\"text\":\"moved\",\"detail\":\"to 330127\"}",
                json.writeValueAsString(new Remark("moved", "to 330127")));
    }

    @Test
    void a_primitive_component_cannot_be_optional() {
        assertThrows(IllegalStateException.class,
                () -> ContractSchemas.schemaOf(EventContracts.of(OptionalPrimitive.class)));
    }
}
