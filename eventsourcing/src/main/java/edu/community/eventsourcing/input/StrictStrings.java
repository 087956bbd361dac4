package edu.community.eventsourcing.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * Strings only from JSON strings (never a number or boolean turned into text), checked by {@link TextRules}:
 * one line unless the field is {@link FreeText}, at most the default length or, when the field allows more with
 * {@code @Size(max)}, that. A shorter {@code @Size} is left to validation, which names the field.
 */
final class StrictStrings extends StdScalarDeserializer<String> implements ContextualDeserializer {

    private final boolean freeText;
    private final int maxLength;

    StrictStrings(int maxLength) {
        this(false, maxLength);
    }

    private StrictStrings(boolean freeText, int maxLength) {
        super(String.class);
        this.freeText = freeText;
        this.maxLength = maxLength;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        if (property == null) {
            return this;
        }
        Size size = property.getType().hasRawClass(String.class) ? property.getAnnotation(Size.class) : null;
        return new StrictStrings(property.getAnnotation(FreeText.class) != null,
                size == null ? maxLength : Math.max(size.max(), maxLength));
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        try {
            return TextRules.check(p.getText(), freeText, maxLength);
        } catch (TextRules.InvalidText invalid) {
            return ctxt.reportInputMismatch(this, "%s", invalid.getMessage());
        }
    }
}
