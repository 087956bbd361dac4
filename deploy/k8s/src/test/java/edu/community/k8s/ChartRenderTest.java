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
}
