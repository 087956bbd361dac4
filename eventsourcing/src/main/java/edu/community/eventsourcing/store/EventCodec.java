package edu.community.eventsourcing.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.community.contracts.EventCatalog;
import edu.community.contracts.ContractDescriptor;
import edu.community.contracts.EventContracts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes event records as JSON under their contract type, and reads stored JSON back as the current
 * contract record, upcasting older versions on the way.
 */
@ApplicationScoped
public class EventCodec {

    /**
     * Stored and published events are read as their contracts say, tolerantly: properties a newer version added
     * are ignored, and the strict rules of requests (one-line text, a window of dates) do not apply to the log.
     */
    private static final ObjectMapper TOLERANT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ObjectMapper json;
    private final ContractCheck contracts = new ContractCheck();
    private final Map<String, Class<? extends Record>> byNameAndVersion = new HashMap<>();
    private final Map<String, Upcaster> upcasters;

    @Inject
    public EventCodec(ObjectMapper json, Instance<Upcaster> upcasters) {
        this(json, upcasters.stream().toList());
    }

    EventCodec(ObjectMapper json, List<Upcaster> upcasters) {
        this.json = json;
        for (Class<? extends Record> type : EventCatalog.all()) {
            ContractDescriptor contract = EventContracts.of(type);
            byNameAndVersion.put(key(contract.name(), contract.version()), type);
        }
        this.upcasters = upcasters.stream()
                .collect(Collectors.toMap(u -> key(u.eventName(), u.fromVersion()), Function.identity()));
    }

    /** The CloudEvents type of an event record, e.g. {@code edu.community.SchoolRegistered.v1}. */
    public String typeOf(Record event) {
        return EventContracts.cloudEventType(event.getClass());
    }

    /** The contract version an event record is written with. */
    public int versionOf(Record event) {
        return EventContracts.of(event.getClass()).version();
    }

    /** The event as JSON; an event that fails its own contract schema is refused ({@link ContractCheck}). */
    public String encode(Record event) {
        try {
            JsonNode node = json.valueToTree(event);
            contracts.check(typeOf(event), node);
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /** Reads a stored event as its current contract record. */
    public Record decode(StoredEvent event) {
        return decode(EventContracts.nameOf(event.type()), event.schemaVersion(), event.payload());
    }

    /** Reads a payload of the named event at a given version, upcasting it to the newest known version. */
    public Record decode(String eventName, int version, String payload) {
        try {
            ObjectNode node = (ObjectNode) TOLERANT.readTree(payload);
            int current = version;
            Upcaster step;
            while ((step = upcasters.get(key(eventName, current))) != null) {
                node = step.upcast(node);
                current++;
            }
            Class<? extends Record> type = byNameAndVersion.get(key(eventName, current));
            if (type == null) {
                throw new UnknownEventType(eventName, current);
            }
            return TOLERANT.treeToValue(node, type);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("unreadable payload of " + eventName + " v" + version + ": " + e.getMessage(), e);
        }
    }

    private static String key(String name, int version) {
        return name + "/" + version;
    }

    /** An event whose type and version no contract in this build describes. */
    public static class UnknownEventType extends RuntimeException {
        public UnknownEventType(String name, int version) {
            super("no contract for " + name + " v" + version);
        }
    }
}
