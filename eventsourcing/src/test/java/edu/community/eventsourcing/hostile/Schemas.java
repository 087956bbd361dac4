package edu.community.eventsourcing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The schemas of an OpenAPI document, and the plain valid value each one describes. */
public final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DIGITS = Pattern.compile("\\^?\\\\d\\{(\\d+)}\\$?");

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    /** The schema itself, or the one its $ref points to; allOf with one member is that member. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (true) {
            if (resolved.has("$ref")) {
                String ref = resolved.get("$ref").asText();
                resolved = document.at(ref.substring(1));
            } else if (resolved.path("allOf").size() == 1) {
                resolved = resolved.path("allOf").get(0);
            } else {
                return resolved;
            }
        }
    }

    /** The component schema with the fewest properties that names every column of an import row. */
    JsonNode rowSchema(java.util.Set<String> columns) {
        JsonNode best = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        for (JsonNode schema : document.path("components").path("schemas")) {
            java.util.Set<String> names = new java.util.HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            if (names.containsAll(columns) && (best.isMissingNode() || names.size() < best.path("properties").size())) {
                best = schema;
            }
        }
        return best;
    }

    JsonNode property(JsonNode objectSchema, String name) {
        return resolve(objectSchema.path("properties").path(name));
    }

    boolean isRequired(JsonNode objectSchema, String name) {
        for (JsonNode required : objectSchema.path("required")) {
            if (required.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value the schema allows: its example, its first enum constant, or the simplest value of its type. An
     * object gets its required properties only; a fixture adds the others it needs.
     */
    JsonNode valueOf(JsonNode raw) {
        JsonNode schema = resolve(raw);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (JsonNode required : schema.path("required")) {
                    object.set(required.asText(), valueOf(schema.path("properties").path(required.asText())));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(valueOf(schema.path("items")));
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(Math.max(1.0, schema.path("minimum").asDouble(1.0)));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(text(schema));
        };
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** The number of digits a {@code \d{n}} pattern asks for, or 0 when the pattern is another. */
    static int digits(JsonNode schema) {
        Matcher matcher = DIGITS.matcher(schema.path("pattern").asText());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String text(JsonNode schema) {
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        }
        if (format.equals("uuid")) {
            return java.util.UUID.nameUUIDFromBytes(schema.toString().getBytes()).toString();
        }
        int digits = digits(schema);
        if (digits > 0) {
            return "1".repeat(digits);
        }
        return "hostile-suite baseline";
    }
}
