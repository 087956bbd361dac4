package edu.community.eventsourcing.hostile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
        text.append("\n  body (").append(body.length).append(" bytes): ").append(shownBody())
                .append(body.length > SHOWN_BODY ? "…" : "");
        return text.toString();
    }

    /** The body's first bytes as UTF-8 text, escaped, with each byte that is not UTF-8 shown as \xNN. */
    private String shownBody() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, 0, Math.min(body.length, SHOWN_BODY));
        CharBuffer out = CharBuffer.allocate(SHOWN_BODY);
        StringBuilder shown = new StringBuilder();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            shown.append(escape(out.flip().toString()));
            out.clear();
            if (!result.isError()) {
                return shown.toString();
            }
            for (int i = 0; i < result.length(); i++) {
                shown.append(String.format("\\x%02X", in.get()));
            }
        }
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
