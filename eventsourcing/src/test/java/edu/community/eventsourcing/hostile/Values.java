package edu.community.eventsourcing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile replacements for one field's value, per category, as raw JSON text (so that tokens no serializer
 * writes, such as NaN or a 1,500-digit number, can be sent). A category that does not fit the field is null.
 */
final class Values {

    static final List<String> CATEGORIES = List.of("control-characters", "line-break-in-one-line-field",
            "unpaired-surrogate", "scalar-coercion", "huge-value", "empty-value", "invalid-code", "null-required",
            "enum-not-exact-name", "date-invalid-or-out-of-window", "number-not-finite-or-too-long");

    private static final Arbitrary<Character> CONTROLS = Arbitraries.of('\u0000', '\u0001', '\u0008', '\u000b',
            '\u000c', '\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009b', '\u009f');
    private static final Arbitrary<Character> LINE_BREAKS = Arbitraries.of('\n', '\r', '\t', '\u2028', '\u2029');
    private static final int HUGE = 100_000;
    private static final int HUGE_LIST = 10_000;

    private Values() {
    }

    /** A value of the body: where it is (property names and list indexes), its schema and its baseline value. */
    record Field(List<Object> at, JsonNode schema, JsonNode value, boolean required) {

        /** One-line text unless the schema allows more than 200 characters (free text such as an agreement's). */
        boolean oneLine() {
            return !schema.has("maxLength") || schema.path("maxLength").asInt() <= 200;
        }

        String name() {
            return at.stream().map(String::valueOf).reduce((a, b) -> a + "." + b).orElse("");
        }

        String kind() {
            if (schema.has("enum")) {
                return "enum";
            }
            if ("date".equals(schema.path("format").asText())) {
                return "date";
            }
            return Schemas.type(schema);
        }
    }

    static Arbitrary<String> of(String category, Field field) {
        String kind = field.kind();
        String text = field.value().isValueNode() ? field.value().asText() : "";
        return switch (category) {
            case "control-characters" -> kind.equals("string") || kind.equals("enum") || kind.equals("date")
                    ? inserted(text, CONTROLS) : null;
            case "line-break-in-one-line-field" -> kind.equals("string") && field.oneLine() || kind.equals("enum")
                    ? inserted(text, LINE_BREAKS) : null;
            case "unpaired-surrogate" -> kind.equals("string")
                    ? Arbitraries.of("\"" + text + "\\ud800\"", "\"\\udfff" + text + "\"") : null;
            case "scalar-coercion" -> coercions(kind, text);
            case "huge-value" -> huge(kind, field);
            case "empty-value" -> empty(kind, field);
            case "invalid-code" -> Schemas.digits(field.schema()) > 0 ? invalidCodes(Schemas.digits(field.schema())) : null;
            case "null-required" -> field.required() ? Arbitraries.just("null") : null;
            case "enum-not-exact-name" -> kind.equals("enum") ? enumNames(field.schema(), text) : null;
            case "date-invalid-or-out-of-window" -> kind.equals("date") ? dates() : null;
            case "number-not-finite-or-too-long" -> kind.equals("integer") || kind.equals("number") ? numbers() : null;
            default -> throw new IllegalArgumentException(category);
        };
    }

    private static Arbitrary<String> inserted(String text, Arbitrary<Character> characters) {
        return Combinators.combine(characters, Arbitraries.integers().between(0, text.length()))
                .as((c, at) -> quote(text.substring(0, at) + c + text.substring(at)));
    }

    private static Arbitrary<String> coercions(String kind, String text) {
        return switch (kind) {
            case "string", "enum", "date" -> Arbitraries.of("12", "12.5", "true", "{}", "[]", "[" + quote(text) + "]");
            case "integer" -> Arbitraries.of("0.5", "1.0", "1e2", quote("12"), "true", "[1]", "{}", "012", "0x10");
            case "number" -> Arbitraries.of(quote("12.5"), "true", "[1.5]", "{}", ".5", "1.", "+1");
            case "boolean" -> Arbitraries.of("1", "0", quote("true"), quote("false"), quote("yes"), "[true]", "{}");
            case "array" -> Arbitraries.of(quote("3301060001"), "{}", "1", "[null]");
            case "object" -> Arbitraries.of(quote("x"), "[]", "1", "[{}]", "true");
            default -> null;
        };
    }

    private static Arbitrary<String> huge(String kind, Field field) {
        return switch (kind) {
            case "string" -> {
                List<String> values = new ArrayList<>(List.of(quote("x".repeat(HUGE)), quote("汉".repeat(HUGE / 2))));
                if (field.schema().has("maxLength")) {
                    values.add(quote("x".repeat(field.schema().path("maxLength").asInt() + 1)));
                }
                yield Arbitraries.of(values);
            }
            case "array" -> Arbitraries.of("[" + String.join(",", java.util.Collections.nCopies(HUGE_LIST,
                    field.value().path(0).toString())) + "]");
            default -> null;
        };
    }

    private static Arbitrary<String> empty(String kind, Field field) {
        boolean constrained = field.required() || field.schema().has("pattern") || field.schema().has("minLength");
        return switch (kind) {
            case "string" -> constrained ? Arbitraries.of(quote(""), quote("   "), quote("\u3000")) : null;
            case "enum", "date" -> Arbitraries.of(quote(""), quote(" "));
            case "array" -> field.required() ? Arbitraries.of("[]") : null;
            case "object" -> field.required() ? Arbitraries.of("{}") : null;
            default -> null;
        };
    }

    private static Arbitrary<String> invalidCodes(int digits) {
        String valid = "3".repeat(digits);
        return Arbitraries.of(valid.substring(1), valid + "3", "３".repeat(digits), "٣".repeat(digits),
                " " + valid, valid + " ", valid.substring(1) + "O", "+" + valid.substring(1), "-" + valid.substring(1),
                valid.substring(1) + "\u00b3", "x".repeat(digits)).map(Values::quote);
    }

    private static Arbitrary<String> enumNames(JsonNode schema, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < schema.path("enum").size(); i++) {
            values.add(quote(String.valueOf(i)));
            values.add(String.valueOf(i));
        }
        values.addAll(List.of(quote(" " + name), quote(name + " "), quote(name + "\u0000"),
                quote(name.toLowerCase(Locale.ROOT)), quote(name + "\u200b"), quote("NOT_A_" + name), quote("")));
        return Arbitraries.of(values);
    }

    private static Arbitrary<String> dates() {
        return Arbitraries.of(quote("-2022-01-01"), quote("+1000000-01-01"), quote("9999-12-31"), quote("1900-01-01"),
                quote("1949-09-30"), quote("0000-01-01"), quote("2024-09-01T00:00:00"), quote("2024-09-01T00:00:00Z"),
                quote("2024-09-01 "), quote(""), "123", "20240901", "[2024,9,1]", "true", quote("2024-9-1"),
                quote("2024-02-30"), quote("20240901"), quote("２０２４-09-01"), quote("2024-09-01\u0000"),
                quote(java.time.LocalDate.now().plusYears(11).toString()));
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.of(quote("NaN"), quote("Infinity"), quote("-Infinity"), "NaN", "Infinity", "-Infinity",
                "1e400", "-1e400", "99999999999999999999", "-99999999999999999999", "1" + "0".repeat(1_500),
                "0." + "1".repeat(1_500));
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
