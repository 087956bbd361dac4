package edu.community.eventsourcing.input;

import java.text.Normalizer;

/**
 * What any text that comes in must be: no NUL, no C0 or C1 control character (line breaks and tabs only in free
 * text), no line or paragraph separator (U+2028, U+2029) in one-line text, no unpaired surrogate, at most a number
 * of characters. Accepted text is returned in Unicode normalisation form C.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Refused text, with the reason. */
    public static class InvalidText extends IllegalArgumentException {
        public InvalidText(String reason) {
            super(reason);
        }
    }

    public static String oneLine(String text, int maxLength) {
        return check(text, false, maxLength);
    }

    public static String check(String text, boolean freeText, int maxLength) {
        if (text.length() > maxLength) {
            throw new InvalidText("must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            refuse(c, freeText);
            i += Character.charCount(c);
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (normalised.length() > maxLength) {
            throw new InvalidText("must be at most " + maxLength + " characters");
        }
        return normalised;
    }

    private static void refuse(int c, boolean freeText) {
        if (freeText && (c == '\n' || c == '\r' || c == '\t')) {
            return;
        }
        if (c == 0) {
            throw new InvalidText("must not contain NUL (U+0000)");
        }
        if (Character.getType(c) == Character.CONTROL) {
            throw new InvalidText(String.format("must not contain the control character U+%04X%s", c,
                    c == '\n' || c == '\r' || c == '\t' ? " (line breaks and tabs only in free text)" : ""));
        }
        if (!freeText && (c == '\u2028' || c == '\u2029')) {
            throw new InvalidText(String.format("must be one line: U+%04X is a line or paragraph separator", c));
        }
        if (Character.getType(c) == Character.SURROGATE) {
            throw new InvalidText("must not contain an unpaired surrogate");
        }
    }
}
