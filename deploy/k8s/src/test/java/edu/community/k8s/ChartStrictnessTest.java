package edu.community.k8s;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check fails on a misspelled field, on a wrongly typed value and on a kind it has no model for. */
class ChartStrictnessTest {

    private static final List<JsonNode> OBJECTS = Chart.render("values-production.yaml");

    @ParameterizedTest(name = "{0} {1}: {2} misspelled")
    @CsvSource({
            "Deployment, community-service, /spec/template/spec/containers/0, readinesProbe",
            "Deployment, community-service, /spec, replica",
            "KafkaUser, analysts, /spec/authorization/acls/0, operatons",
            "Service, community-service, /spec, selecter",
            "PodDisruptionBudget, community-service, /spec, maxUnavailble",
            "HorizontalPodAutoscaler, assessment-service, /spec, maxReplica",
            "NetworkPolicy, community-service, /spec/egress/0, too",
            "ConfigMap, community-service-config, '', dat",
            "Kafka, edu-kafka, /spec/kafka, listener",
            "KafkaNodePool, brokers, /spec, role",
            "KafkaTopic, edu-community-events, /spec, partiton",
            "KafkaUser, analysts, /spec/authorization/acls/0, operation", // v1beta2 only: removed in v1
            "ServiceMonitor, community-service, /spec/endpoints/0, pat",
            "PrometheusRule, edu-community, /spec/groups/0/rules/0, expression",
            "PodMonitor, edu-kafka-kafka-exporter, /spec, podMetricEndpoints",
            "Cluster, assessment-service-db, /spec/postgresql, parameter",
            "Cluster, assessment-service-db, /spec/bootstrap/initdb, databse",
            "ScheduledBackup, community-service-db, /spec, schedul",
            "ObjectStore, edu-backup, /spec/configuration, destinationPth",
            "Keycloak, edu-keycloak, /spec/hostname, hostnme",
            "KeycloakRealmImport, edu-keycloak-realm-edu, /spec, keycloakCrName",
            "KeycloakRealmImport, edu-keycloak-realm-edu, /spec/realm, acessTokenLifespan",
            "KeycloakRealmImport, edu-keycloak-realm-edu, /spec/realm/clients/0, serviceAccountEnabled",
    })
    void a_misspelled_field_fails(String kind, String name, String pointer, String misspelled) {
        JsonNode object = Chart.get(OBJECTS, kind, name).deepCopy();
        StrictModels.validate(object); // valid as rendered
        ((ObjectNode) object.at(pointer)).put(misspelled, "x");
        AssertionError failure = assertThrows(AssertionError.class, () -> StrictModels.validate(object));
        assertTrue(failure.getMessage().contains(misspelled), failure::getMessage);
    }

    @ParameterizedTest(name = "{0} {1}: {2} as a string")
    @CsvSource({
            "Deployment, community-service, /spec, revisionHistoryLimit",
            "KafkaTopic, edu-community-events, /spec, partitions",
            "Cluster, community-service-db, /spec, instances",
            "Keycloak, edu-keycloak, /spec, instances",
    })
    void a_number_given_as_a_string_fails(String kind, String name, String pointer, String field) {
        JsonNode object = Chart.get(OBJECTS, kind, name).deepCopy();
        ObjectNode parent = (ObjectNode) object.at(pointer);
        parent.put(field, parent.get(field).asText());
        assertThrows(AssertionError.class, () -> StrictModels.validate(object));
    }

    @ParameterizedTest
    @CsvSource({"apps/v1, StatefulSet", "kafka.strimzi.io/v1beta2, KafkaTopic", "postgresql.cnpg.io/v1, Pooler"})
    void an_object_without_a_model_fails(String apiVersion, String kind) {
        ObjectNode object = Chart.get(OBJECTS, "KafkaTopic", "edu-community-events").deepCopy();
        object.put("apiVersion", apiVersion).put("kind", kind);
        assertThrows(AssertionError.class, () -> StrictModels.validate(object));
    }
}
