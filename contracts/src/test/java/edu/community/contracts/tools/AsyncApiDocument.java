package edu.community.contracts.tools;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import edu.community.contracts.ContractDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the AsyncAPI 3.0 document of the public topics: a channel per topic that has contracts, with its
 * Kafka topic configuration, the record key, the CloudEvents headers, and a message per contract whose
 * payload is the committed schema file.
 */
final class AsyncApiDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR, YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());
    private static final String KAFKA_BINDING_VERSION = "0.5.0";

    private AsyncApiDocument() {
    }

    /** The document text, for {@code contracts/asyncapi.yaml}. */
    static String yaml(List<ContractDescriptor> contracts) {
        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", "3.1.0");
        document.put("id", "urn:edu-community:contracts");
        document.set("info", NODES.objectNode()
                .put("title", "Education community events")
                .put("version", "1.0.0")
                .put("description", """
                        Public events of the education-community backend, one topic per service. A Kafka record \
                        is one event in CloudEvents 1.0 binary mode: the key is the stream id, the value is the \
                        event data as JSON, the attributes are ce_* headers.
                        Every event type is versioned: ce_type edu.<service>.<Name>.v<version> names the JSON \
                        Schema of the value. A published version never changes incompatibly; a breaking change \
                        is a new version, published alongside. Consumers must ignore properties and enum values \
                        they do not know.
                        Event topics (edu.<service>.events) are never compacted and keep every event forever, so \
                        a consumer can rebuild its state from offset zero. Report topics (edu.<service>.reports) \
                        are compacted: they keep the latest snapshot per key."""));
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("StreamId", streamId());
        schemas.set("ReportKey", reportKey());
        schemas.set("CloudEventHeaders", cloudEventHeaders(true));
        schemas.set("ReportHeaders", cloudEventHeaders(false));
        components.putObject("correlationIds").set("correlationId", NODES.objectNode()
                .put("description", "Shared by every request and event of one business operation.")
                .put("location", "$message.header#/ce_correlationid"));
        ObjectNode messages = components.putObject("messages");

        Map<String, List<ContractDescriptor>> byTopic = contracts.stream()
                .collect(groupingBy(ContractDescriptor::topic, LinkedHashMap::new, toList()));
        byTopic.forEach((topic, published) -> {
            String service = published.get(0).service();
            boolean reports = topic.endsWith(".reports");
            String kind = reports ? "Reports" : "Events";
            String channelId = service + kind;
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic);
            channel.put("title", (reports ? "Report snapshots of " : "Events of ") + service + "-service");
            channel.put("description", reports
                    ? "The latest snapshot of each report per key; a newer snapshot of a key replaces the older."
                    : "Every event of the streams kept by " + service + "-service, in stream order per key.");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("send" + capitalized(service) + kind);
            operation.put("action", "send");
            operation.set("channel", ref("#/channels/" + channelId));
            operation.put("summary", reports
                    ? service + "-service publishes a snapshot when a report's figures change."
                    : service + "-service publishes each event once its transaction commits.");
            ArrayNode operationMessages = operation.putArray("messages");
            for (ContractDescriptor contract : published) {
                String type = contract.cloudEventType();
                messages.set(type, message(contract));
                channelMessages.set(type, ref("#/components/messages/" + type));
                operationMessages.add(ref("#/channels/" + channelId + "/messages/" + type));
            }
            channel.putObject("bindings").set("kafka", NODES.objectNode()
                    .put("topic", topic)
                    .<ObjectNode>set("topicConfiguration", reports
                            ? NODES.objectNode().set("cleanup.policy", NODES.arrayNode().add("compact"))
                            : NODES.objectNode()
                                    .<ObjectNode>set("cleanup.policy", NODES.arrayNode().add("delete"))
                                    .put("retention.ms", -1))
                    .put("bindingVersion", KAFKA_BINDING_VERSION));
        });
        try {
            return "# Generated by edu.community.contracts.tools.GenerateContracts from the contract records; "
                    + "do not edit.\n# Regenerate with: " + GenerateContracts.COMMAND + "\n"
                    + YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode message(ContractDescriptor contract) {
        ObjectNode message = NODES.objectNode();
        message.put("name", contract.recordClass().getSimpleName());
        message.put("title", contract.name() + " v" + contract.version());
        message.put("summary", contract.description());
        message.put("contentType", "application/json");
        message.set("correlationId", ref("#/components/correlationIds/correlationId"));
        ObjectNode pinned = NODES.objectNode().put("type", "object");
        pinned.putObject("properties")
                .<ObjectNode>set("ce_type", NODES.objectNode().put("const", contract.cloudEventType()))
                .set("ce_source", NODES.objectNode().put("const", source(contract.service())));
        message.putObject("headers").putArray("allOf")
                .add(ref(reports(contract) ? "#/components/schemas/ReportHeaders" : "#/components/schemas/CloudEventHeaders"))
                .add(pinned);
        message.set("payload", ref("./" + GenerateContracts.SCHEMAS + "/" + contract.cloudEventType() + ".json"));
        message.putObject("bindings").set("kafka", NODES.objectNode()
                .<ObjectNode>set("key", ref(reports(contract) ? "#/components/schemas/ReportKey" : "#/components/schemas/StreamId"))
                .put("bindingVersion", KAFKA_BINDING_VERSION));
        return message;
    }

    private static ObjectNode streamId() {
        ObjectNode schema = NODES.objectNode()
                .put("type", "string")
                .put("description", "The stream id: the kind of aggregate and its natural id. All events of a "
                        + "stream have the same key, so they are in one partition, in stream version order.");
        schema.putArray("examples").add("school-3301060001");
        return schema;
    }

    private static boolean reports(ContractDescriptor contract) {
        return contract.topic().endsWith(".reports");
    }

    private static ObjectNode reportKey() {
        ObjectNode schema = NODES.objectNode()
                .put("type", "string")
                .put("description", "The report and what it covers; a newer snapshot with the same key replaces "
                        + "the older one when the topic is compacted.");
        schema.putArray("examples").add("provincial-report-330106-2024-2025");
        return schema;
    }

    /** The CloudEvents headers of an event ({@code stream}) or of a report snapshot, which has no stream version. */
    private static ObjectNode cloudEventHeaders(boolean stream) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ArrayNode required = schema.putArray("required").add("ce_specversion").add("ce_id").add("ce_source")
                .add("ce_type").add("ce_subject").add("ce_time").add("content-type").add("ce_correlationid");
        if (stream) {
            required.add("ce_causationid").add("ce_streamversion");
        }
        ObjectNode properties = schema.putObject("properties");
        properties.set("ce_specversion", header("CloudEvents specification version.").put("const", "1.0"));
        properties.set("ce_id", header("The event id: unique, and the same on every re-delivery; consumers "
                + "deduplicate by it.").put("format", "uuid"));
        properties.set("ce_source", header("The publishing service, urn:edu-community:<service>-service."));
        properties.set("ce_type", header("The event type and version, edu.<service>.<Name>.v<version>; names "
                + "the JSON Schema of the value."));
        properties.set("ce_subject", header(stream ? "The stream id, equal to the record key."
                : "The report key, equal to the record key."));
        properties.set("ce_time", header("When the event was recorded (RFC 3339). The date the fact became "
                + "true is in the event data.").put("format", "date-time"));
        properties.set("content-type", header("Media type of the value.").put("const", "application/json"));
        properties.set("ce_correlationid", header("The request or conversation the event belongs to."));
        if (stream) {
            properties.set("ce_causationid", header("What directly caused the event. An event written by an API "
                    + "request (a bulk import included): that request's id, which is its correlation id "
                    + "(X-Correlation-Id, or the id the service made when the caller sent none), so equal to "
                    + "ce_correlationid. An event a service wrote in reaction to an event it consumed: the ce_id "
                    + "of the consumed event."));
        }
        if (stream) {
            properties.set("ce_streamversion", header("The version of the stream this event made: 1 for its "
                    + "first event, in decimal.").put("pattern", "^[1-9][0-9]*$"));
        }
        properties.set("ce_region", header("The GB/T 2260 code of the division the event concerns, e.g. "
                + "330106, when it concerns one.").put("pattern", "^[0-9]{6}$"));
        properties.set("ce_actor", header("The opaque id of the caller who caused the event (token subject)."));
        if (stream) {
            properties.set("traceparent", header("W3C trace context of the request that wrote the event "
                    + "(00-<trace id>-<span id>-<flags>), when it had one: OpenTelemetry's Kafka instrumentation "
                    + "continues the trace in the consumer.").put("pattern", "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"));
        }
        return schema;
    }

    private static ObjectNode header(String description) {
        return NODES.objectNode().put("type", "string").put("description", description);
    }

    private static ObjectNode ref(String target) {
        return NODES.objectNode().put("$ref", target);
    }

    private static String source(String service) {
        return "urn:edu-community:" + service + "-service";
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
