package edu.community.eventsourcing.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What an endpoint's requests are aimed at: the path parameters and the body fields that make its baseline request
 * succeed at this moment (a registered school, a formed community). For an import, {@code body} is its one row.
 */
public record Target(Map<String, String> path, ObjectNode body) {

    /** Fields in name order, whatever map the fixture gives: the same seed must send the same bodies. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public static Target of(Map<String, String> path, Map<String, ?> body) {
        return new Target(Map.copyOf(path), JSON.valueToTree(body));
    }

    public static Target none() {
        return of(Map.of(), Map.of());
    }
}
