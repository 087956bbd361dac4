package edu.community.contracts.tools;

import static edu.community.contracts.tools.SchemaCompatibility.breakingChanges;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final String COMMITTED = """
            {
              "type": "object",
              "properties": {
                "schoolCode": {"type": "string"},
                "level": {"type": "string", "enum": ["PRIMARY", "JUNIOR"]},
                "effectiveDate": {"type": "string", "format": "date"},
                "note": {"type": "string"},
                "members": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {"schoolCode": {"type": "string"}},
                    "required": ["schoolCode"]
                  }
                }
              },
              "required": ["schoolCode", "level", "effectiveDate", "members"]
            }
            """;

    @Test
    void the_same_schema_is_compatible() {
        assertEquals(List.of(), breakingChanges(committed(), committed()));
    }

    @Test
    void removing_a_property_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withObject("/properties").remove("note");
        assertEquals(List.of("note: property removed"), breakingChanges(committed(), proposed));
    }

    @Test
    void removing_a_nested_property_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withObject("/properties/members/items/properties").remove("schoolCode");
        assertEquals(List.of("members[].schoolCode: property removed"), breakingChanges(committed(), proposed));
    }

    @Test
    void changing_a_type_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withObject("/properties/schoolCode").put("type", "integer");
        assertEquals(List.of("schoolCode: type changed from \"string\" to \"integer\""),
                breakingChanges(committed(), proposed));
    }

    @Test
    void changing_a_format_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withObject("/properties/effectiveDate").put("format", "date-time");
        assertEquals(List.of("effectiveDate: format changed from \"date\" to \"date-time\""),
                breakingChanges(committed(), proposed));
    }

    @Test
    void adding_a_required_property_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withObject("/properties").putObject("enrolment").put("type", "integer");
        proposed.withArray("/required").add("enrolment");
        assertEquals(List.of("enrolment: new required property"), breakingChanges(committed(), proposed));
    }

    @Test
    void adding_an_optional_property_is_compatible() {
        ObjectNode proposed = committed();
        proposed.withObject("/properties").putObject("enrolment").put("type", "integer");
        assertEquals(List.of(), breakingChanges(committed(), proposed));
    }

    @Test
    void making_a_property_required_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withArray("/required").add("note");
        assertEquals(List.of("note: made required"), breakingChanges(committed(), proposed));
    }

    @Test
    void making_a_required_property_optional_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withArray("/required").remove(1);
        assertEquals(List.of("level: no longer required"), breakingChanges(committed(), proposed));
    }

    @Test
    void removing_an_enum_value_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withArray("/properties/level/enum").remove(1);
        assertEquals(List.of("level: enum values removed [JUNIOR]"), breakingChanges(committed(), proposed));
    }

    @Test
    void adding_an_enum_value_is_compatible() {
        ObjectNode proposed = committed();
        proposed.withArray("/properties/level/enum").add("SENIOR");
        assertEquals(List.of(), breakingChanges(committed(), proposed));
    }

    @Test
    void restricting_a_value_to_an_enum_is_incompatible() {
        ObjectNode proposed = committed();
        proposed.withObject("/properties/note").putArray("enum").add("URGENT");
        assertEquals(List.of("note: restricted to the enum [\"URGENT\"]"), breakingChanges(committed(), proposed));
    }

    @Test
    void changing_descriptions_is_compatible() {
        ObjectNode proposed = committed();
        proposed.put("description", "A school was registered.");
        proposed.withObject("/properties/schoolCode").put("description", "学校标识码");
        assertEquals(List.of(), breakingChanges(committed(), proposed));
    }

    private static ObjectNode committed() {
        return (ObjectNode) ContractSchemas.read(COMMITTED);
    }
}
