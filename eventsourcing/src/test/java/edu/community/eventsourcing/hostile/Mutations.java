package edu.community.eventsourcing.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The hostile requests of one endpoint, one jqwik arbitrary per category: each field's value made hostile, the
 * body's syntax and size, the media type and charset, the path, the method and the accepted media type.
 */
final class Mutations {

    private static final List<String> TRAILING = List.of("}", "x", " {}", ",", "]", "null", "\u0000", " 1",
            "{\"a\":1}", "//", "\"");
    private static final List<String> UNKNOWN_FIELDS = List.of("\"unknownField\":1", "\"__proto__\":{}",
            "\"@class\":\"java.lang.Object\"", "\"id \":\"x\"", "\"\":0");
    private static final List<String> WRONG_TYPES = List.of("", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
            "application/json-patch+json", "*/*", "text/html; charset=utf-8");
    private static final List<String> PATH_TRICKS = List.of(";DROP", ";jsessionid=1", "%2Fclosure", "%2F..%2F",
            "%00", "%0A", "%0D%0A", "%1B", "%7F", "%C2%85", "%20", "%C0%AF", "%E2%80%A8", "/..");
    private static final List<String> PATH_REPLACEMENTS = List.of("..", ".", "%2e%2e", "%252e%252e", "%00",
            "%EF%BC%93%EF%BC%93", "%20", "-1", "0");
    private static final List<Map.Entry<String, String>> WRITE_HEADERS = List.of(Map.entry("If-Match", "abc"),
            Map.entry("If-Match", "\"abc\""), Map.entry("If-Match", "\"-1\""), Map.entry("If-Match", "\"+1\""),
            Map.entry("If-Match", "\"01\""), Map.entry("If-Match", "\"1.0\""), Map.entry("If-Match", "\"99999999999\""),
            Map.entry("If-Match", "\"1\"x"), Map.entry("Idempotency-Key", "k".repeat(201)),
            Map.entry("Idempotency-Key", "a b"));
    private static final int TOO_LARGE = 11 * 1024 * 1024;

    private final Endpoint endpoint;
    private final Set<String> pathMethods;
    private final Requests requests;
    private final ObjectNode sample;
    private final List<Values.Field> fields;

    Mutations(Endpoint endpoint, Set<String> pathMethods, Target target) {
        this.endpoint = endpoint;
        this.pathMethods = pathMethods;
        this.requests = new Requests(endpoint);
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
        put(categories, "path-tricks", pathTricks());
        put(categories, "too-long-path", Arbitraries.just(target -> request("too-long-path",
                requests.path(target, 0, value -> value + "9".repeat(20_000)), requests.contentType(), body(target))));
        put(categories, "method-not-allowed", methods());
        put(categories, "not-acceptable", Arbitraries.of("application/xml", "text/csv", "image/png").map(accept ->
                target -> requests.request("not-acceptable", requests.path(target), with(requests.contentType(),
                        "Accept", accept), body(target), false)));
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
        put(categories, "wrong-or-missing-content-type", Arbitraries.of(WRONG_TYPES).map(type -> target -> request(
                "wrong-or-missing-content-type", target, type.isEmpty() ? Map.of() : Map.of("Content-Type", type),
                body(target), false)));
        put(categories, "charset-not-utf8", charsets());
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
            put(categories, "malformed-write-header", Arbitraries.of(WRITE_HEADERS).map(header -> target -> request(
                    "malformed-write-header", target, with(requests.contentType(), header.getKey(), header.getValue()),
                    body(target), false)));
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

    private Arbitrary<Mutation> charsets() {
        return Arbitraries.of("ISO-8859-1", "UTF-16", "nonsense", "invalid-utf8-ff", "invalid-utf8-overlong",
                "invalid-utf8-surrogate").map(charset -> target -> {
                    String type = endpoint.mediaType();
                    String body = body(target);
                    if (charset.startsWith("invalid-utf8")) {
                        byte[] bad = switch (charset) {
                            case "invalid-utf8-ff" -> new byte[] {(byte) 0xff};
                            case "invalid-utf8-overlong" -> new byte[] {(byte) 0xc0, (byte) 0xaf};
                            default -> new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
                        };
                        return request("charset-not-utf8:" + charset, target,
                                Map.of("Content-Type", type + "; charset=UTF-8"), insertIntoFirstString(body, bad), false);
                    }
                    byte[] encoded = charset.equals("nonsense") ? body.getBytes(StandardCharsets.UTF_8)
                            : body.getBytes(java.nio.charset.Charset.forName(charset));
                    return request("charset-not-utf8:" + charset, target,
                            Map.of("Content-Type", type + "; charset=" + charset), encoded, false);
                });
    }

    private Arbitrary<Mutation> pathTricks() {
        List<UnaryOperator<String>> tricks = new ArrayList<>();
        PATH_TRICKS.forEach(suffix -> tricks.add(value -> value + suffix));
        if (!endpoint.pathParameters().isEmpty()) {
            PATH_REPLACEMENTS.forEach(replacement -> tricks.add(value -> replacement));
            tricks.add(value -> "%20" + value);
            tricks.add(value -> "%EF%BC%91" + value.substring(1));
            tricks.add(value -> value.toLowerCase(java.util.Locale.ROOT).equals(value) ? value + "x"
                    : value.toLowerCase(java.util.Locale.ROOT));
            tricks.add(value -> value + ".0");
            tricks.add(value -> "1");
        }
        int parameters = Math.max(1, endpoint.pathParameters().size());
        return Combinators.combine(Arbitraries.of(tricks), Arbitraries.integers().between(0, parameters - 1))
                .as((trick, parameter) -> target -> request("path-tricks", requests.path(target, parameter, trick),
                        requests.contentType(), body(target)));
    }

    private Arbitrary<Mutation> methods() {
        List<String> others = new ArrayList<>(List.of("PATCH", "DELETE", "PUT", "POST"));
        others.removeAll(pathMethods);
        return others.isEmpty() ? null : Arbitraries.of(others).map(method -> target -> new HostileRequest(
                "method-not-allowed", method, requests.path(target), requests.contentType(),
                body(target).getBytes(StandardCharsets.UTF_8), false));
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

    private HostileRequest request(String category, String path, Map<String, String> headers, String body) {
        return requests.request(category, path, headers, body, false);
    }

    private static byte[] insertIntoFirstString(String body, byte[] bad) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        int at = Math.max(body.indexOf(':') + 2, 1);
        int offset = body.substring(0, Math.min(at, body.length())).getBytes(StandardCharsets.UTF_8).length;
        byte[] result = new byte[text.length + bad.length];
        System.arraycopy(text, 0, result, 0, offset);
        System.arraycopy(bad, 0, result, offset, bad.length);
        System.arraycopy(text, offset, result, offset + bad.length, text.length - offset);
        return result;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return more;
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
