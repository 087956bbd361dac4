package edu.community.eventsourcing.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"URBAN\u0000", "a\u0001b", "esc\u001b[31m", "del\u007f", "c1\u0085", "line\nbreak",
            "carriage\rreturn", "tab\there", "sep\u2028arator", "para\u2029graph", "lone\ud800surrogate"})
    void one_line_text_refuses_control_characters_separators_and_broken_surrogates(String text) {
        assertThrows(TextRules.InvalidText.class, () -> TextRules.oneLine(text, 100));
    }

    @Test
    void free_text_keeps_line_breaks_and_tabs_but_no_other_control_character() {
        assertEquals("goals:\r\n\t1. read\n2. write", TextRules.check("goals:\r\n\t1. read\n2. write", true, 100));
        assertThrows(TextRules.InvalidText.class, () -> TextRules.check("a\u0000b", true, 100));
        assertThrows(TextRules.InvalidText.class, () -> TextRules.check("a\u001bb", true, 100));
    }

    @Test
    void text_is_normalised_to_nfc() {
        assertEquals("\u00e9cole", TextRules.oneLine("e\u0301cole", 100));
        assertEquals("杭州市西湖区文新小学", TextRules.oneLine("杭州市西湖区文新小学", 100));
    }

    @Test
    void text_is_bounded() {
        assertEquals("abc", TextRules.oneLine("abc", 3));
        var refused = assertThrows(TextRules.InvalidText.class, () -> TextRules.oneLine("abcd", 3));
        assertEquals("must be at most 3 characters", refused.getMessage());
    }
}
