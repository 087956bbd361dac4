package edu.community.staffing.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.json.JsonObject;

/**
 * The folded states of the registers as jsonb. A mapper of its own, not the request mapper: the states are this
 * service's own records, not input, and the strict request rules (date windows, lengths) do not apply to them.
 */
final class States {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private States() {
    }

    static JsonObject write(Object state) {
        try {
            return new JsonObject(JSON.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + state.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(Object json, Class<T> type) {
        try {
            return JSON.readValue(json instanceof JsonObject object ? object.encode() : json.toString(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
        }
    }
}
