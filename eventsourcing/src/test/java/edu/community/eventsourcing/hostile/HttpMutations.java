package edu.community.eventsourcing.hostile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The hostile requests of one endpoint around its body: media type, charset, write headers, path and method. */
final class HttpMutations {

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

    private final Endpoint endpoint;
    private final Set<String> pathMethods;
    private final Requests requests;

    HttpMutations(Endpoint endpoint, Set<String> pathMethods, Requests requests) {
        this.endpoint = endpoint;
        this.pathMethods = pathMethods;
        this.requests = requests;
    }

    Arbitrary<Mutation> contentTypes() {
        return Arbitraries.of(WRONG_TYPES).map(type -> target -> request("wrong-or-missing-content-type",
                requests.path(target), type.isEmpty() ? Map.of() : Map.of("Content-Type", type), bytes(target)));
    }

    Arbitrary<Mutation> charsets() {
        return Arbitraries.of("ISO-8859-1", "UTF-16", "nonsense", "invalid-utf8-ff", "invalid-utf8-overlong",
                "invalid-utf8-surrogate").map(charset -> target -> {
                    String body = requests.text(requests.body(target));
                    if (charset.startsWith("invalid-utf8")) {
                        byte[] bad = switch (charset) {
                            case "invalid-utf8-ff" -> new byte[] {(byte) 0xff};
                            case "invalid-utf8-overlong" -> new byte[] {(byte) 0xc0, (byte) 0xaf};
                            default -> new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
                        };
                        return request("charset-not-utf8:" + charset, requests.path(target),
                                Map.of("Content-Type", endpoint.mediaType() + "; charset=UTF-8"),
                                insertIntoFirstString(body, bad));
                    }
                    byte[] encoded = body.getBytes(charset.equals("nonsense") ? StandardCharsets.UTF_8
                            : Charset.forName(charset));
                    return request("charset-not-utf8:" + charset, requests.path(target),
                            Map.of("Content-Type", endpoint.mediaType() + "; charset=" + charset), encoded);
                });
    }

    Arbitrary<Mutation> writeHeaders() {
        return Arbitraries.of(WRITE_HEADERS).map(header -> target -> request("malformed-write-header",
                requests.path(target), with(requests.contentType(), header.getKey(), header.getValue()), bytes(target)));
    }

    Arbitrary<Mutation> pathTricks() {
        List<UnaryOperator<String>> tricks = new ArrayList<>();
        PATH_TRICKS.forEach(suffix -> tricks.add(value -> value + suffix));
        if (!endpoint.pathParameters().isEmpty()) {
            PATH_REPLACEMENTS.forEach(replacement -> tricks.add(value -> replacement));
            tricks.add(value -> "%20" + value);
            tricks.add(value -> "%EF%BC%91" + value.substring(1));
            tricks.add(value -> value.toLowerCase(Locale.ROOT).equals(value) ? value + "x"
                    : value.toLowerCase(Locale.ROOT));
            tricks.add(value -> value + ".0");
            tricks.add(value -> "1");
        }
        int parameters = Math.max(1, endpoint.pathParameters().size());
        return Combinators.combine(Arbitraries.of(tricks), Arbitraries.integers().between(0, parameters - 1))
                .as((trick, parameter) -> target -> request("path-tricks", requests.path(target, parameter, trick),
                        requests.contentType(), bytes(target)));
    }

    Arbitrary<Mutation> tooLongPath() {
        return Arbitraries.just(target -> request("too-long-path",
                requests.path(target, 0, value -> value + "9".repeat(20_000)), requests.contentType(), bytes(target)));
    }

    /** A method the path does not take; null when it takes them all. */
    Arbitrary<Mutation> methods() {
        List<String> others = new ArrayList<>(List.of("PATCH", "DELETE", "PUT", "POST"));
        others.removeAll(pathMethods);
        return others.isEmpty() ? null : Arbitraries.of(others).map(method -> target -> new HostileRequest(
                "method-not-allowed", method, requests.path(target), requests.contentType(), bytes(target), false));
    }

    Arbitrary<Mutation> notAcceptable() {
        return Arbitraries.of("application/xml", "text/csv", "image/png").map(accept -> target -> request(
                "not-acceptable", requests.path(target), with(requests.contentType(), "Accept", accept), bytes(target)));
    }

    private byte[] bytes(Target target) {
        return requests.text(requests.body(target)).getBytes(StandardCharsets.UTF_8);
    }

    private HostileRequest request(String category, String path, Map<String, String> headers, byte[] body) {
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
}
