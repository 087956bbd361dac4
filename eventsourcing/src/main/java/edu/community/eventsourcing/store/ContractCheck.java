package edu.community.eventsourcing.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Refuses an event whose JSON fails its published contract schema ({@code contracts/schemas/<ce-type>.json},
 * formats such as {@code date} asserted), or holds a NUL, which PostgreSQL cannot store. Requests are checked
 * strictly before they become events, so a refusal here is a defect of the service, never of its caller.
 */
final class ContractCheck {

    private static final String SCHEMAS = "/edu/community/contracts/schemas/";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    void check(String type, JsonNode event) {
        Set<ValidationMessage> failures = schemas.computeIfAbsent(type, this::load).validate(event);
        if (!failures.isEmpty()) {
            throw new ContractViolation(type, failures.stream().map(ValidationMessage::getMessage)
                    .sorted().collect(Collectors.joining("; ")));
        }
        if (holdsNul(event)) {
            throw new ContractViolation(type, "a string holds NUL (U+0000)");
        }
    }

    private JsonSchema load(String type) {
        try (InputStream schema = ContractCheck.class.getResourceAsStream(SCHEMAS + type + ".json")) {
            if (schema == null) {
                throw new ContractViolation(type, "no published schema");
            }
            return factory.getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsNul(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\u0000') >= 0;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (names.next().indexOf('\u0000') >= 0) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (holdsNul(child)) {
                return true;
            }
        }
        return false;
    }

    /** An event its service must not have produced: it fails its own contract. */
    static class ContractViolation extends IllegalStateException {
        ContractViolation(String type, String failures) {
            super(type + " fails its contract: " + failures);
        }
    }
}
