package edu.community.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.LintResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart lints, renders for each values file, and every object it renders is valid for its kind. */
class ChartRenderTest {

    @Test
    void chart_lints_strictly() {
        LintResult lint = Chart.helm().lint().strict().call();
        assertFalse(lint.isFailed(), () -> "helm lint --strict: " + lint.getMessages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void every_rendered_object_is_valid_for_its_api_version_and_kind(String valuesFile) {
        List<JsonNode> objects = Chart.render(valuesFile);
        StrictModels.validateAll(objects);

        Set<String> kinds = objects.stream().map(o -> o.path("kind").asText()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(Set.of("ConfigMap", "Deployment", "Service", "Ingress", "PodDisruptionBudget",
                "NetworkPolicy", "ServiceMonitor", "PodMonitor", "PrometheusRule", "Kafka", "KafkaNodePool",
                "KafkaTopic", "KafkaUser", "Cluster", "Keycloak", "KeycloakRealmImport"));
        if (valuesFile.equals("values-production.yaml")) {
            expected.addAll(Set.of("HorizontalPodAutoscaler", "ObjectStore", "ScheduledBackup"));
        }
        assertEquals(expected, kinds, valuesFile);
    }

    @Test
    void the_planned_services_render_when_enabled_and_only_the_gateway_gets_an_ingress() {
        List<JsonNode> objects = Chart.render("values.yaml", java.util.Map.of(
                "services.staffing-service.enabled", true,
                "services.exchange-service.enabled", true,
                "services.gateway.enabled", true,
                "ingress.tlsSecret", "edu-tls"));
        StrictModels.validateAll(objects);
        for (String name : List.of("community-service", "assessment-service", "staffing-service", "exchange-service", "gateway")) {
            Chart.get(objects, "Deployment", name);
        }
        List<JsonNode> ingresses = Chart.ofKind(objects, "Ingress");
        assertEquals(1, ingresses.size());
        assertEquals("gateway", ingresses.get(0).at("/spec/rules/0/http/paths/0/backend/service/name").asText());
        assertTrue(Chart.find(objects, "KafkaTopic", "edu-staffing-events").isPresent());
    }

    @Test
    void tracing_to_a_collector_sets_every_service_and_opens_its_egress() {
        List<JsonNode> objects = Chart.render("values.yaml", java.util.Map.of(
                "services.gateway.enabled", true,
                "tracing.otlpEndpoint", "http://otel-collector.observability:4317"));
        StrictModels.validateAll(objects);
        for (String name : List.of("community-service", "assessment-service", "gateway")) {
            JsonNode env = Chart.get(objects, "Deployment", name).at("/spec/template/spec/containers/0/env");
            assertEquals("http://otel-collector.observability:4317", valueOf(env, "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"), name);
            assertEquals("0.1", valueOf(env, "OTEL_TRACES_SAMPLER_ARG"), name);
            JsonNode egress = Chart.get(objects, "NetworkPolicy", name).at("/spec/egress");
            assertTrue(java.util.stream.StreamSupport.stream(egress.spliterator(), false).anyMatch(rule ->
                    rule.at("/ports/0/port").asInt() == 4317
                            && rule.at("/to/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText().equals("observability")),
                    () -> name + " may reach the collector: " + egress);
        }
        JsonNode quiet = Chart.get(Chart.render("values.yaml"), "Deployment", "community-service")
                .at("/spec/template/spec/containers/0/env");
        assertEquals(null, valueOf(quiet, "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"), "no collector, no export");
    }

    private static String valueOf(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        return null;
    }
}
