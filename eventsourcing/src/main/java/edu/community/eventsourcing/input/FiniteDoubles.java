package edu.community.eventsourcing.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** Decimals only from JSON numbers, and finite: never "NaN", "Infinity" or a number too large for a double. */
final class FiniteDoubles extends StdScalarDeserializer<Double> {

    private final boolean primitive;

    FiniteDoubles(boolean primitive) {
        super(primitive ? Double.TYPE : Double.class);
        this.primitive = primitive;
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return (Double) ctxt.handleUnexpectedToken(handledType(), p);
        }
        double value = p.getDoubleValue();
        if (!Double.isFinite(value)) {
            return ctxt.reportInputMismatch(this, "must be a finite number");
        }
        return value;
    }

    @Override
    public Double getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        return primitive ? ctxt.reportInputMismatch(this, "must be a number, not null") : null;
    }
}
