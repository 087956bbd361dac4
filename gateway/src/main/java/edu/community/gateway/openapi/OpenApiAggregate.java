package edu.community.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import edu.community.gateway.routing.RouteTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Build step (exec-maven-plugin, before the Quarkus build): merges the OpenAPI documents the services' builds wrote
 * ({@code <service>/target/openapi/openapi.json}) into one, the gateway's {@code META-INF/openapi.json}, which
 * Quarkus serves at {@code /q/openapi} with Swagger UI. Paths keep their names except each service's change
 * feed, which the gateway routes at {@code /api/v1/changes/<name>}; every path item names its service in
 * {@code x-edu-service}. A schema name two services define differently is prefixed with the second one's name.
 * A service whose module does not exist yet is left out; one that exists but has no document fails the build.
 *
 * <p>Arguments: the output file, the repository root, then the service module names in order.
 */
public final class OpenApiAggregate {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectNode merged = JSON.createObjectNode();
    private final Set<String> operationIds = new HashSet<>();

    private OpenApiAggregate() {
        merged.put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "Education-community API")
                .put("version", "1")
                .put("description", "城乡教育共同体 — every service's API through the one public entry, the gateway. "
                        + "Every /api call needs a bearer token of Keycloak realm edu with audience edu-api.");
        merged.putArray("servers").addObject().put("url", "/");
        merged.putArray("tags");
        merged.putObject("paths");
        merged.putObject("components").putObject("schemas");
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: OpenApiAggregate <output> <repository root> <service>...");
        }
        OpenApiAggregate aggregate = new OpenApiAggregate();
        Path root = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            String service = args[i];
            if (!Files.exists(root.resolve(service).resolve("pom.xml"))) {
                System.out.println("OpenApiAggregate: " + service + " has no module yet; left out");
                continue;
            }
            Path document = root.resolve(service).resolve("target/openapi/openapi.json");
            if (!Files.exists(document)) {
                throw new IllegalStateException(document + " is missing: build " + service
                        + " first (mvn -pl " + service + " package -DskipTests), or build from the root");
            }
            aggregate.add(service, (ObjectNode) JSON.readTree(document.toFile()));
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), aggregate.merged);
    }

    private void add(String service, ObjectNode document) {
        ObjectNode info = (ObjectNode) merged.get("info");
        if (!info.has("license")) {
            info.set("license", document.at("/info/license"));
            info.set("contact", document.at("/info/contact"));
        }
        ObjectNode components = (ObjectNode) merged.get("components");
        ObjectNode schemas = (ObjectNode) components.get("schemas");
        Map<String, String> renamed = new HashMap<>();
        document.at("/components/schemas").fields().forEachRemaining(entry -> {
            JsonNode existing = schemas.get(entry.getKey());
            if (existing != null && !existing.equals(entry.getValue())) {
                renamed.put(entry.getKey(), prefix(service) + entry.getKey());
            }
        });
        rewriteRefs(document, renamed);
        document.at("/components/schemas").fields().forEachRemaining(entry ->
                schemas.set(renamed.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()));
        if (document.at("/components/securitySchemes").isObject()) {
            ObjectNode schemes = components.has("securitySchemes")
                    ? (ObjectNode) components.get("securitySchemes") : components.putObject("securitySchemes");
            document.at("/components/securitySchemes").fields().forEachRemaining(e -> schemes.set(e.getKey(), e.getValue()));
        }
        ArrayNode tags = (ArrayNode) merged.get("tags");
        for (JsonNode tag : document.path("tags")) {
            boolean known = false;
            for (JsonNode have : tags) {
                known |= have.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        }
        ObjectNode paths = (ObjectNode) merged.get("paths");
        document.path("paths").fields().forEachRemaining(entry -> {
            boolean feed = entry.getKey().equals(RouteTable.CHANGE_FEED);
            String path = feed ? RouteTable.changeFeedOf(service) : entry.getKey();
            if (paths.has(path)) {
                throw new IllegalStateException(path + " is in the documents of two services (" + service + ")");
            }
            ObjectNode item = ((ObjectNode) entry.getValue()).deepCopy();
            item.put("x-edu-service", service);
            item.fields().forEachRemaining(operation -> {
                if (operation.getValue() instanceof ObjectNode op && op.has("operationId")) {
                    String id = op.get("operationId").asText() + (feed ? "_" + shortName(service) : "");
                    if (!operationIds.add(id)) {
                        throw new IllegalStateException("operationId " + id + " of " + service + " is taken");
                    }
                    op.put("operationId", id);
                    if (feed) {
                        op.put("summary", op.path("summary").asText() + " (" + service + ")");
                    }
                }
            });
            paths.set(path, item);
        });
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renamed.containsKey(name)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renamed.get(name)));
                }
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            rewriteRefs(children.next(), renamed);
        }
    }

    private static String shortName(String service) {
        return service.replaceFirst("-service$", "");
    }

    private static String prefix(String service) {
        String name = shortName(service);
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).replace("-", "");
    }
}
