package edu.community.eventsourcing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.store.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code Idempotency-Key} header of a write into the key the event store records. */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern ACCEPTED = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final ObjectMapper json;

    public IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param operation what the request does, e.g. {@code POST /api/v1/schools}
     * @param request   the request body as the resource received it
     */
    public Optional<IdempotencyKey> of(String header, Caller caller, String operation, Object request) {
        if (header == null) {
            return Optional.empty();
        }
        if (!ACCEPTED.matcher(header).matches()) {
            throw new BadRequestException(HEADER + " must be 1 to 200 visible ASCII characters");
        }
        return Optional.of(new IdempotencyKey(caller.subject() + " " + operation, header, digest(request)));
    }

    private String digest(Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the request", e);
        }
    }

}
