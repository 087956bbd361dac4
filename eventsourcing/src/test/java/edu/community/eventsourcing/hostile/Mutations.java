package edu.community.eventsourcing.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The hostile requests of one endpoint, one jqwik arbitrary per category: each field's value made hostile and the
 * body's syntax and size here; media type, charset, write headers, path and method in {@link HttpMutations}.
 */
final class Mutations {

    private static final List<String> TRAILING = List.of("}", "x", " {}", ",", "]", "null", "\u0000", " 1",
            "{\"a\":1}", "//", "\"");
    private static final List<String> UNKNOWN_FIELDS = List.of("\"unknownField\":1", "\"__proto__\":{}",
            "\"@class\":\"java.lang.Object\"", "\"id \":\"x\"", "\"\":0");
    private static final int TOO_LARGE = 11 * 1024 * 1024;

    private final Endpoint endpoint;
    private final Requests requests;
    private final HttpMutations http;
    private final ObjectNode sample;
    private final List<Values.Field> fields;

    Mutations(Endpoint endpoint, Set<String> pathMethods, Target target) {
        this.endpoint = endpoint;
        this.requests = new Requests(endpoint);
        this.http = new HttpMutations(endpoint, pathMethods, requests);
        this.sample = requests.body(target);
        this.fields = requests.fields(sample);
    }

    Requests requests() {
        return requests;
    }

    /** Each category that fits this endpoint, with its generator. */
    Map<String, Arbitrary<Mutation>> categories() {
        Map<String, Arbitrary<Mutation>> categories = new LinkedHashMap<>();
        if (!endpoint.mediaType().isEmpty()) {
            bodyCategories(categories);
        }
        put(categories, "path-tricks", http.pathTricks());
        put(categories, "too-long-path", http.tooLongPath());
        put(categories, "method-not-allowed", http.methods());
        put(categories, "not-acceptable", http.notAcceptable());
        return categories;
    }

    private void bodyCategories(Map<String, Arbitrary<Mutation>> categories) {
        for (String category : Values.CATEGORIES) {
            put(categories, category, fieldValues(category));
        }
        put(categories, "missing-required", missing());
        put(categories, "unknown-field", unknownFields());
        put(categories, "empty-body", emptyBodies());
        put(categories, "binary-body", Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(2048)
                .map(bytes -> target -> request("binary-body", target, requests.contentType(), bytes, false)));
        put(categories, "wrong-or-missing-content-type", http.contentTypes());
        put(categories, "charset-not-utf8", http.charsets());
        put(categories, "too-large-body", Arbitraries.just(target -> request("too-large-body", target,
                requests.contentType(), tooLarge(target), false)));
        if (endpoint.isCsv()) {
            put(categories, "csv-extra-cell", Arbitraries.of(",x", ",\"a\"\"b\"", ",1,2").map(extra -> target ->
                    request("csv-extra-cell", target, requests.contentType(), body(target).strip() + extra + "\n", true)));
        } else {
            jsonCategories(categories);
        }
        if (endpoint.isImport()) {
            put(categories, "garbage-body", garbage());
        }
    }

    /** Syntax and headers of a JSON body, or of each JSON line of an import. */
    private void jsonCategories(Map<String, Arbitrary<Mutation>> categories) {
        put(categories, "trailing-tokens", Arbitraries.of(TRAILING).map(suffix -> target -> request("trailing-tokens",
                target, requests.contentType(), body(target).strip() + suffix + "\n", endpoint.isImport())));
        put(categories, "duplicate-key", duplicateKey());
        put(categories, "malformed-json", malformedJson());
        put(categories, "deep-nesting", Arbitraries.of(2_000, 100_000).map(depth -> target -> request("deep-nesting",
                target, requests.contentType(), "[".repeat(depth) + "]".repeat(depth), endpoint.isImport())));
        if (endpoint.isJson()) {
            put(categories, "malformed-write-header", http.writeHeaders());
            put(categories, "not-an-object", Arbitraries.of("[%s]", "\"x\"", "1", "null", "true", "[]", "\"%s\"")
                    .map(shape -> target -> request("not-an-object", target, requests.contentType(),
                            shape.formatted(body(target).replace("\"", "\\\"")), false)));
        }
    }

    private Arbitrary<Mutation> fieldValues(String category) {
        List<Arbitrary<Mutation>> perField = new ArrayList<>();
        for (Values.Field field : fields) {
            if (endpoint.isCsv() && !fitsCsv(category, field)) {
                continue;
            }
            Arbitrary<String> raws = Values.of(category, field);
            if (raws != null) {
                Arbitrary<String> usable = endpoint.isCsv() ? raws.map(Mutations::cellText)
                        .filter(cell -> untrimmed(cell) && !plainCell(field.kind(), cell)
                                && (field.required() || !cell.isEmpty())) : raws;
                perField.add(usable.map(raw -> target -> requests.request(category + ":" + field.name(),
                        requests.path(target), requests.contentType(), endpoint.isCsv()
                                ? requests.withRaw(requests.body(target), field.at(), Requests.cell(raw))
                                : requests.withRaw(requests.body(target), field.at(), raw), endpoint.isImport())));
            }
        }
        return perField.isEmpty() ? null : Arbitraries.oneOf(perField);
    }

    /**
     * CSV cells are text the import trims, and an empty cell is a value left out: only what stays hostile as text
     * belongs in a cell.
     */
    private static boolean fitsCsv(String category, Values.Field field) {
        return switch (category) {
            case "null-required", "unpaired-surrogate" -> false;
            case "scalar-coercion" -> !field.kind().equals("string") && !field.kind().equals("enum");
            case "empty-value" -> field.required();
            default -> true;
        };
    }

    private Arbitrary<Mutation> missing() {
        List<Values.Field> required = fields.stream().filter(Values.Field::required)
                .filter(field -> field.at().get(field.at().size() - 1) instanceof String)
                .filter(field -> !sample.at(pointer(field.at())).isMissingNode()).toList();
        if (required.isEmpty()) {
            return null;
        }
        return Arbitraries.of(required).map(field -> target -> {
            ObjectNode body = requests.body(target);
            Requests.remove(body, field.at());
            return requests.request("missing-required:" + field.name(), requests.path(target), requests.contentType(),
                    requests.text(body), endpoint.isImport());
        });
    }

    private Arbitrary<Mutation> unknownFields() {
        return Arbitraries.of(UNKNOWN_FIELDS).map(extra -> target -> {
            String body;
            if (endpoint.isCsv()) {
                String[] lines = body(target).split("\n");
                String name = extra.substring(1, extra.indexOf('"', 1));
                body = lines[0] + "," + Requests.cell(name) + "\n" + lines[1] + ",1\n";
            } else {
                String json = Requests.write(requests.body(target));
                body = json.substring(0, json.length() - 1) + "," + extra + "}" + (endpoint.isJsonLines() ? "\n" : "");
            }
            return requests.request("unknown-field", requests.path(target), requests.contentType(), body,
                    endpoint.isImport());
        });
    }

    private Arbitrary<Mutation> duplicateKey() {
        if (fields.isEmpty() || sample.isEmpty()) {
            return null;
        }
        return Arbitraries.of(fields.stream().filter(field -> field.at().size() == 1 && sample.has((String) field.at().get(0)))
                .toList()).map(field -> target -> {
                    String json = Requests.write(requests.body(target));
                    String name = (String) field.at().get(0);
                    String body = "{" + Requests.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(name))
                            + ":\"duplicate\"," + json.substring(1) + (endpoint.isJsonLines() ? "\n" : "");
                    return requests.request("duplicate-key:" + name, requests.path(target), requests.contentType(), body,
                            endpoint.isImport());
                });
    }

    private Arbitrary<Mutation> malformedJson() {
        return Arbitraries.of("comment", "single-quotes", "trailing-comma", "unquoted-key", "truncated", "bom-and-nul")
                .map(form -> target -> {
                    String json = Requests.write(requests.body(target));
                    String body = switch (form) {
                        case "comment" -> "/* x */" + json;
                        case "single-quotes" -> json.replace('"', '\'');
                        case "trailing-comma" -> json.substring(0, json.length() - 1) + ",}";
                        case "unquoted-key" -> json.replaceFirst("\"([^\"]+)\":", "$1:");
                        case "truncated" -> json.substring(0, json.length() / 2);
                        default -> "\u0000" + json;
                    };
                    return requests.request("malformed-json:" + form, requests.path(target), requests.contentType(),
                            body + (endpoint.isJsonLines() ? "\n" : ""), endpoint.isImport());
                });
    }

    private Arbitrary<Mutation> emptyBodies() {
        List<String> bodies = new ArrayList<>(List.of("", " ", "\n\n"));
        if (endpoint.isJson() && fields.stream().anyMatch(Values.Field::required)) {
            bodies.add("{}");
        }
        if (endpoint.isCsv()) {
            bodies.add(String.join(",", iterable(sample.fieldNames())) + "\n");
        }
        return Arbitraries.of(bodies).map(body -> target -> request("empty-body", target, requests.contentType(),
                body, false));
    }

    private Arbitrary<Mutation> garbage() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ';', '|', '\t').ofMinLength(1)
                .ofMaxLength(200).list().ofMinSize(1).ofMaxSize(20)
                .map(lines -> target -> request("garbage-body", target, requests.contentType(),
                        String.join("\n", lines) + "\n", false));
    }

    private String body(Target target) {
        return requests.text(requests.body(target));
    }

    private byte[] tooLarge(Target target) {
        String body = body(target);
        String filler = endpoint.isCsv() ? body + ("x".repeat(1023) + "\n").repeat(TOO_LARGE / 1024)
                : "{\"filler\":\"" + "x".repeat(TOO_LARGE) + "\"}";
        return filler.getBytes(StandardCharsets.UTF_8);
    }

    private HostileRequest request(String category, Target target, Map<String, String> headers, String body,
                                   boolean rowLevel) {
        return requests.request(category, requests.path(target), headers, body, rowLevel);
    }

    private HostileRequest request(String category, Target target, Map<String, String> headers, byte[] body,
                                   boolean rowLevel) {
        return requests.request(category, requests.path(target), headers, body, rowLevel);
    }

    private static String cellText(String raw) {
        return raw.startsWith("\"") ? Requests.readString(raw) : raw;
    }

    /** A cell that is the plain text of a valid value: in CSV {@code "12"} is the number 12, not a coercion. */
    private static boolean plainCell(String kind, String cell) {
        return switch (kind) {
            case "integer" -> cell.matches("-?\\d{1,9}");
            case "number" -> cell.matches("-?\\d{1,9}(\\.\\d{1,6})?");
            case "boolean" -> cell.equals("true") || cell.equals("false");
            default -> false;
        };
    }

    private static boolean untrimmed(String cell) {
        return cell.isEmpty() || (cell.charAt(0) != ' ' && cell.charAt(0) != '\t'
                && cell.charAt(cell.length() - 1) != ' ' && cell.charAt(cell.length() - 1) != '\t');
    }

    private static String pointer(List<Object> at) {
        StringBuilder pointer = new StringBuilder();
        at.forEach(step -> pointer.append('/').append(step));
        return pointer.toString();
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }

    private static void put(Map<String, Arbitrary<Mutation>> categories, String name, Arbitrary<Mutation> arbitrary) {
        if (arbitrary != null) {
            categories.put(name, arbitrary);
        }
    }
}
