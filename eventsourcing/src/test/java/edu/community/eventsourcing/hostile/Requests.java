package edu.community.eventsourcing.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders an endpoint's requests for a target: the baseline one, and the same with one thing made hostile. */
final class Requests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "@@hostile-value@@";

    private final Endpoint endpoint;

    Requests(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The body: the schema's plain value with the target's fields over it (an import's row is the target's). */
    ObjectNode body(Target target) {
        JsonNode plain = endpoint.isImport() || endpoint.mediaType().isEmpty()
                ? JSON.createObjectNode() : endpoint.schemas().valueOf(endpoint.body());
        ObjectNode body = plain.isObject() ? ((ObjectNode) plain).deepCopy() : JSON.createObjectNode();
        body.setAll(target.body().deepCopy());
        return body;
    }

    String path(Target target) {
        String path = endpoint.path();
        for (Map.Entry<String, JsonNode> parameter : endpoint.pathParameters().entrySet()) {
            String value = target.path().getOrDefault(parameter.getKey(),
                    endpoint.schemas().valueOf(parameter.getValue()).asText());
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        return path;
    }

    /** The path with the value of its {@code parameter}th parameter (without parameters, the whole path) replaced. */
    String path(Target target, int parameter, java.util.function.UnaryOperator<String> trick) {
        if (endpoint.pathParameters().isEmpty()) {
            return trick.apply(path(target));
        }
        String name = List.copyOf(endpoint.pathParameters().keySet()).get(parameter);
        Map<String, String> values = new LinkedHashMap<>(target.path());
        String value = values.getOrDefault(name, endpoint.schemas().valueOf(endpoint.pathParameters().get(name)).asText());
        values.put(name, trick.apply(value));
        return path(new Target(values, target.body()));
    }

    HostileRequest baseline(Target target) {
        return request("baseline", path(target), contentType(), text(body(target)), false);
    }

    HostileRequest request(String category, String path, Map<String, String> headers, byte[] body, boolean rowLevel) {
        return new HostileRequest(category, endpoint.method(), path, headers, body, rowLevel);
    }

    HostileRequest request(String category, String path, Map<String, String> headers, String body, boolean rowLevel) {
        return request(category, path, headers, body.getBytes(StandardCharsets.UTF_8), rowLevel);
    }

    Map<String, String> contentType() {
        return endpoint.mediaType().isEmpty() ? Map.of() : Map.of("Content-Type", endpoint.mediaType());
    }

    /** The body as the endpoint's media type writes it: JSON, one JSON line, or a CSV header and one row. */
    String text(ObjectNode body) {
        if (endpoint.isCsv()) {
            List<String> header = new ArrayList<>();
            List<String> row = new ArrayList<>();
            body.fields().forEachRemaining(field -> {
                header.add(field.getKey());
                row.add(cell(field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
            });
            return String.join(",", header) + "\n" + String.join(",", row) + "\n";
        }
        if (endpoint.mediaType().isEmpty()) {
            return "";
        }
        return write(body) + (endpoint.isJsonLines() ? "\n" : "");
    }

    /** The body with the value at {@code at} replaced by raw JSON text. */
    String withRaw(ObjectNode body, List<Object> at, String raw) {
        ObjectNode copy = body.deepCopy();
        set(copy, at, TextNode.valueOf(PLACEHOLDER));
        return text(copy).replace("\"" + PLACEHOLDER + "\"", raw).replace(PLACEHOLDER, raw);
    }

    static String cell(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static void set(JsonNode container, List<Object> at, JsonNode value) {
        JsonNode parent = container;
        for (Object step : at.subList(0, at.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    static void remove(JsonNode container, List<Object> at) {
        JsonNode parent = container;
        for (Object step : at.subList(0, at.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        ((ObjectNode) parent).remove((String) at.get(at.size() - 1));
    }

    /** Every value of the body with its schema: leaves, arrays and nested objects, and absent optional properties. */
    List<Values.Field> fields(ObjectNode body) {
        List<Values.Field> fields = new ArrayList<>();
        JsonNode schema = endpoint.schemas().resolve(endpoint.body());
        if (endpoint.isImport()) {
            java.util.Set<String> columns = new java.util.HashSet<>();
            body.fieldNames().forEachRemaining(columns::add);
            schema = endpoint.schemas().rowSchema(columns);
        }
        collect(schema, body, new ArrayList<>(), fields);
        return fields;
    }

    private void collect(JsonNode schema, JsonNode value, List<Object> at, List<Values.Field> fields) {
        Schemas schemas = endpoint.schemas();
        Iterator<Map.Entry<String, JsonNode>> present = value.fields();
        while (present.hasNext()) {
            Map.Entry<String, JsonNode> field = present.next();
            JsonNode fieldSchema = schemas.property(schema, field.getKey());
            if (fieldSchema.isMissingNode()) {
                fieldSchema = schemaOf(field.getValue());
            }
            List<Object> where = new ArrayList<>(at);
            where.add(field.getKey());
            fields.add(new Values.Field(where, fieldSchema, field.getValue(), schemas.isRequired(schema, field.getKey())));
            if (field.getValue().isObject()) {
                collect(fieldSchema, field.getValue(), where, fields);
            }
            if (field.getValue().isArray() && !field.getValue().isEmpty()) {
                List<Object> first = new ArrayList<>(where);
                first.add(0);
                fields.add(new Values.Field(first, schemas.resolve(fieldSchema.path("items")), field.getValue().get(0), true));
            }
        }
        schema.path("properties").fieldNames().forEachRemaining(name -> {
            if (!value.has(name) && !endpoint.isCsv()) {
                List<Object> where = new ArrayList<>(at);
                where.add(name);
                JsonNode absent = schemas.resolve(schema.path("properties").path(name));
                fields.add(new Values.Field(where, absent, schemas.valueOf(absent), false));
            }
        });
    }

    /** For an import row, whose schema the document does not give: what its value shows. */
    private static JsonNode schemaOf(JsonNode value) {
        ObjectNode schema = JSON.createObjectNode();
        if (value.isIntegralNumber()) {
            schema.put("type", "integer");
        } else if (value.isNumber()) {
            schema.put("type", "number");
        } else if (value.isBoolean()) {
            schema.put("type", "boolean");
        } else if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            schema.put("type", "string").put("format", "date");
        } else if (value.isTextual() && value.asText().matches("\\d+")) {
            schema.put("type", "string").put("pattern", "\\d{" + value.asText().length() + "}");
        } else if (value.isTextual() && value.asText().matches("[A-Z][A-Z_]+")) {
            schema.put("type", "string").putArray("enum").add(value.asText());
        } else {
            schema.put("type", value.isArray() ? "array" : value.isObject() ? "object" : "string");
        }
        return schema;
    }

    /** The text of a JSON string literal. */
    static String readString(String literal) {
        try {
            return JSON.readValue(literal, String.class);
        } catch (JsonProcessingException e) {
            return literal;
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
