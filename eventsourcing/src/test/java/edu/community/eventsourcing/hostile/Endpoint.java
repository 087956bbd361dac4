package edu.community.eventsourcing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One write operation of a service's OpenAPI document, per media type its body takes.
 *
 * @param mediaType the body's media type; empty when the operation takes no body
 * @param body      the body's schema with references resolved at the first level (MissingNode when none)
 */
public record Endpoint(String method, String path, Map<String, JsonNode> pathParameters, String mediaType,
                       JsonNode body, Schemas schemas) {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /** Every POST, PUT, PATCH and DELETE under /api, in document order. */
    static List<Endpoint> writesOf(JsonNode document) {
        Schemas schemas = new Schemas(document);
        List<Endpoint> endpoints = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                if (!WRITES.contains(operation.getKey())) {
                    return;
                }
                Map<String, JsonNode> parameters = new LinkedHashMap<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("path".equals(parameter.path("in").asText())) {
                        parameters.put(parameter.path("name").asText(), schemas.resolve(parameter.path("schema")));
                    }
                }
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                Iterator<Map.Entry<String, JsonNode>> contents = operation.getValue().path("requestBody")
                        .path("content").fields();
                if (!contents.hasNext()) {
                    endpoints.add(new Endpoint(method, path.getKey(), parameters, "", MissingNode.getInstance(), schemas));
                }
                contents.forEachRemaining(content -> endpoints.add(new Endpoint(method, path.getKey(), parameters,
                        content.getKey(), schemas.resolve(content.getValue().path("schema")), schemas)));
            });
        });
        return endpoints;
    }

    /** "METHOD /path/{param}", the name a fixture recognises an endpoint by. */
    public String operation() {
        return method + " " + path;
    }

    boolean isImport() {
        return isCsv() || isJsonLines();
    }

    boolean isCsv() {
        return mediaType.startsWith("text/csv");
    }

    boolean isJsonLines() {
        return mediaType.contains("ndjson") || mediaType.contains("jsonlines") || mediaType.contains("json-seq");
    }

    boolean isJson() {
        return mediaType.contains("json") && !isJsonLines();
    }

    @Override
    public String toString() {
        return operation() + (mediaType.isEmpty() ? "" : " (" + mediaType + ")");
    }
}
