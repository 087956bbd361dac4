package edu.community.eventsourcing.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request: the category of hostility it carries and what a rejection must look like.
 *
 * @param rowLevel an import whose only row is hostile: a 200 that rejects that row is as good as a 4xx
 */
public record HostileRequest(String category, String method, String path, Map<String, String> headers, byte[] body,
                             boolean rowLevel) {

    private static final int SHOWN_BODY = 600;

    /** Method, path, headers and body with every non-printable character escaped, to paste into a reproduction. */
    public String describe() {
        StringBuilder text = new StringBuilder("[").append(category).append("] ").append(method).append(' ')
                .append(escape(path));
        headers.forEach((name, value) -> text.append("\n  ").append(name).append(": ").append(escape(value)));
        String shown = new String(body, StandardCharsets.UTF_8);
        text.append("\n  body (").append(body.length).append(" bytes): ")
                .append(escape(shown.length() > SHOWN_BODY ? shown.substring(0, SHOWN_BODY) + "…" : shown));
        return text.toString();
    }

    /** A key that tells two generated requests apart, so that duplicates are sent once. */
    String identity() {
        return method + ' ' + path + ' ' + headers + ' ' + java.util.Arrays.hashCode(body) + ' ' + body.length;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfffd || c == 0xfeff) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
