package edu.community.eventsourcing.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Enum constants only by their exact name as a JSON string: no ordinal (neither 1 nor "1"), no other case,
 * no padding.
 */
final class ExactEnums extends StdScalarDeserializer<Enum<?>> {

    private final Map<String, Enum<?>> byName = new LinkedHashMap<>();

    ExactEnums(Class<?> type) {
        super(type);
        for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            byName.put(value.name(), value);
        }
    }

    @Override
    public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Enum<?> value = p.hasToken(JsonToken.VALUE_STRING) ? byName.get(p.getText()) : null;
        if (value == null) {
            return ctxt.reportInputMismatch(this, "must be one of %s", Arrays.toString(byName.keySet().toArray()));
        }
        return value;
    }
}
