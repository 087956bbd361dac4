package edu.community.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the rendered chart says: probes, secrets, topics, ACLs, scaling bounds, databases, policies, the realm. */
class ChartContentTest {

    private static final List<JsonNode> SMALL = Chart.render("values.yaml");
    private static final List<JsonNode> PRODUCTION = Chart.render("values-production.yaml");
    private static final List<String> SERVICES = List.of("community-service", "staffing-service", "exchange-service",
            "assessment-service");
    private static final List<String> DEPLOYMENTS = List.of("community-service", "staffing-service", "exchange-service",
            "assessment-service", "gateway");

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void every_service_is_probed_on_the_quarkus_health_endpoints_and_has_resources(String valuesFile) {
        List<JsonNode> objects = valuesFile.equals("values.yaml") ? SMALL : PRODUCTION;
        List<JsonNode> deployments = Chart.ofKind(objects, "Deployment");
        assertEquals(Set.copyOf(DEPLOYMENTS), names(deployments));
        for (JsonNode deployment : deployments) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
            assertFalse(container.at("/resources/requests/cpu").isMissingNode());
            assertFalse(container.at("/resources/limits/memory").isMissingNode());
            Chart.get(objects, "PodDisruptionBudget", name(deployment));
            Chart.get(objects, "ServiceMonitor", name(deployment));
            Chart.get(objects, "NetworkPolicy", name(deployment));
        }
        assertEquals(1, Chart.get(SMALL, "Deployment", "community-service").at("/spec/replicas").asInt());
    }

    @Test
    void secrets_are_referenced_never_rendered() {
        for (List<JsonNode> objects : List.of(SMALL, PRODUCTION)) {
            assertTrue(Chart.ofKind(objects, "Secret").isEmpty(), "the chart renders no Secret");
            for (JsonNode deployment : Chart.ofKind(objects, "Deployment")) {
                for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
                    String name = env.path("name").asText();
                    if (name.matches(".*(PASSWORD|SECRET|JAAS|USERNAME).*")) {
                        assertTrue(env.has("valueFrom") && !env.has("value"), name + " comes from a Secret");
                    }
                }
            }
        }
        JsonNode env = Chart.get(SMALL, "Deployment", "assessment-service").at("/spec/template/spec/containers/0/env");
        Map<String, String> values = new TreeMap<>();
        env.forEach(e -> values.put(e.path("name").asText(), e.has("value") ? e.get("value").asText()
                : e.at("/valueFrom/secretKeyRef/name").asText() + "/" + e.at("/valueFrom/secretKeyRef/key").asText()));
        assertEquals("postgresql://assessment-service-db-rw:5432/assessment", values.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("jdbc:postgresql://assessment-service-db-rw:5432/assessment", values.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("assessment-service-db-app/username", values.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals("assessment-service-db-app/password", values.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("edu-kafka-kafka-bootstrap:9093", values.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("assessment-service/sasl.jaas.config", values.get("KAFKA_SASL_JAAS_CONFIG"));
        assertEquals("http://edu-keycloak-service:8080/realms/edu", values.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
    }

    @Test
    void event_logs_are_kept_forever_and_only_the_report_snapshots_are_compacted() {
        Map<String, JsonNode> topics = Chart.ofKind(PRODUCTION, "KafkaTopic").stream()
                .collect(Collectors.toMap(t -> t.at("/spec/topicName").asText(), t -> t.at("/spec"), (a, b) -> a, TreeMap::new));
        assertEquals(Set.of("edu.community.events", "edu.staffing.events", "edu.exchange.events", "edu.assessment.events",
                "edu.assessment.reports", "edu.community.events.assessment-report.dlq",
                "edu.staffing.events.assessment-report.dlq", "edu.exchange.events.assessment-report.dlq",
                "edu.community.events.staffing-facts.dlq", "edu.community.events.exchange-facts.dlq"), topics.keySet());
        for (String log : List.of("edu.community.events", "edu.staffing.events", "edu.exchange.events", "edu.assessment.events",
                "edu.community.events.assessment-report.dlq", "edu.staffing.events.assessment-report.dlq",
                "edu.exchange.events.assessment-report.dlq", "edu.community.events.staffing-facts.dlq",
                "edu.community.events.exchange-facts.dlq")) {
            assertEquals("delete", topics.get(log).at("/config/cleanup.policy").asText(), log);
            assertEquals(-1, topics.get(log).at("/config/retention.ms").asLong(), log);
        }
        assertEquals("compact", topics.get("edu.assessment.reports").at("/config/cleanup.policy").asText());
        assertEquals(6, topics.get("edu.community.events").at("/partitions").asInt());
        assertEquals(3, topics.get("edu.community.events").at("/replicas").asInt());
        assertEquals(3, Chart.get(SMALL, "KafkaTopic", "edu-community-events").at("/spec/partitions").asInt());
    }

    @Test
    void kafka_runs_in_kraft_mode_on_node_pools_with_authentication_and_acls() {
        JsonNode kafka = Chart.get(PRODUCTION, "Kafka", "edu-kafka");
        assertEquals("simple", kafka.at("/spec/kafka/authorization/type").asText());
        assertEquals("scram-sha-512", kafka.at("/spec/kafka/listeners/0/authentication/type").asText());
        assertTrue(kafka.at("/spec/zookeeper").isMissingNode());
        Map<String, String> roles = Chart.ofKind(PRODUCTION, "KafkaNodePool").stream()
                .collect(Collectors.toMap(ChartContentTest::name, p -> p.at("/spec/roles/0").asText()));
        assertEquals(Map.of("controllers", "controller", "brokers", "broker"), roles);
        assertEquals(2, kafka.at("/spec/kafka/config/min.insync.replicas").asInt());
    }

    @Test
    void each_service_writes_its_own_topic_in_transactions_and_reads_only_what_it_consumes() {
        Set<String> assessment = acls(Chart.get(SMALL, "KafkaUser", "assessment-service"));
        assertEquals(new TreeSet<>(Set.of(
                "topic:edu.assessment.events:literal:Create,Describe,Write",
                "transactionalId:edu.assessment.events.publisher:literal:Describe,Write",
                "cluster:::IdempotentWrite",
                "topic:edu.assessment.reports:literal:Create,Describe,Write",
                "topic:edu.community.events.assessment-report.dlq:literal:Create,Describe,Write",
                "topic:edu.staffing.events.assessment-report.dlq:literal:Create,Describe,Write",
                "topic:edu.exchange.events.assessment-report.dlq:literal:Create,Describe,Write",
                "topic:edu.community.events:literal:Describe,Read",
                "group:assessment-provincial-report:literal:Read",
                "topic:edu.staffing.events:literal:Describe,Read",
                "group:assessment-provincial-report-staffing:literal:Read",
                "topic:edu.exchange.events:literal:Describe,Read",
                "group:assessment-provincial-report-exchange:literal:Read")), assessment);
        Set<String> community = acls(Chart.get(SMALL, "KafkaUser", "community-service"));
        assertEquals(new TreeSet<>(Set.of(
                "topic:edu.community.events:literal:Create,Describe,Write",
                "transactionalId:edu.community.events.publisher:literal:Describe,Write",
                "cluster:::IdempotentWrite")), community);
        Set<String> exchange = acls(Chart.get(SMALL, "KafkaUser", "exchange-service"));
        assertEquals(new TreeSet<>(Set.of(
                "topic:edu.exchange.events:literal:Create,Describe,Write",
                "transactionalId:edu.exchange.events.publisher:literal:Describe,Write",
                "cluster:::IdempotentWrite",
                "topic:edu.community.events.exchange-facts.dlq:literal:Create,Describe,Write",
                "topic:edu.community.events:literal:Describe,Read",
                "group:exchange-community-facts:literal:Read")), exchange);
        Set<String> staffing = acls(Chart.get(SMALL, "KafkaUser", "staffing-service"));
        assertEquals(new TreeSet<>(Set.of(
                "topic:edu.staffing.events:literal:Create,Describe,Write",
                "transactionalId:edu.staffing.events.publisher:literal:Describe,Write",
                "cluster:::IdempotentWrite",
                "topic:edu.community.events.staffing-facts.dlq:literal:Create,Describe,Write",
                "topic:edu.community.events:literal:Describe,Read",
                "group:staffing-community-facts:literal:Read")), staffing);
        Set<String> analysts = acls(Chart.get(SMALL, "KafkaUser", "analysts"));
        assertEquals(new TreeSet<>(Set.of("topic:edu.:prefix:Describe,DescribeConfigs,Read",
                "group:analysts-:prefix:Describe,Read")), analysts);
    }

    @Test
    void an_autoscaler_may_not_exceed_the_partitions_of_a_topic_it_consumes() {
        JsonNode hpa = Chart.get(PRODUCTION, "HorizontalPodAutoscaler", "assessment-service");
        assertEquals(6, hpa.at("/spec/maxReplicas").asInt());
        assertTrue(Chart.get(PRODUCTION, "Deployment", "assessment-service").at("/spec/replicas").isMissingNode(),
                "the autoscaler owns the replica count");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Chart.render("values-production.yaml",
                Map.of("services.assessment-service.autoscaling.maxReplicas", 7)));
        assertTrue(refused.getMessage().contains("exceeds the 6 partitions of edu.community.events"), refused.getMessage());
        // the bound follows the partitions
        List<JsonNode> more = Chart.render("values-production.yaml", Map.of(
                "services.assessment-service.autoscaling.maxReplicas", 12, "kafka.partitions.edu\\.community\\.events", 12,
                "kafka.partitions.edu\\.staffing\\.events", 12, "kafka.partitions.edu\\.exchange\\.events", 12));
        assertEquals(12, Chart.get(more, "HorizontalPodAutoscaler", "assessment-service").at("/spec/maxReplicas").asInt());
    }

    @Test
    void one_database_cluster_per_service_with_the_time_outs_the_publisher_needs() {
        for (List<JsonNode> objects : List.of(SMALL, PRODUCTION)) {
            assertEquals(Set.of("community-service-db", "staffing-service-db", "exchange-service-db", "assessment-service-db",
                            "edu-keycloak-db"),
                    names(Chart.ofKind(objects, "Cluster")));
            for (JsonNode cluster : Chart.ofKind(objects, "Cluster")) {
                assertEquals("120s", cluster.at("/spec/postgresql/parameters/idle_in_transaction_session_timeout").asText());
                assertTrue(cluster.at("/spec/postgresql/parameters/statement_timeout").isMissingNode(),
                        "not for the whole cluster: it would cut migrations and backups");
            }
            for (String service : SERVICES) {
                String runtime = Chart.get(objects, "ConfigMap", service + "-config").at("/data/runtime.properties").asText();
                assertTrue(runtime.contains("quarkus.datasource.reactive.additional-properties.statement_timeout=60s\n"), runtime);
                assertTrue(runtime.contains("quarkus.datasource.reactive.additional-properties.idle_in_transaction_session_timeout=120s\n"), runtime);
                assertTrue(runtime.contains("eventsourcing.publisher.kafka.\"security.protocol\"=SASL_SSL\n"), runtime);
            }
        }
        assertEquals("assessment", Chart.get(SMALL, "Cluster", "assessment-service-db").at("/spec/bootstrap/initdb/database").asText());
        JsonNode production = Chart.get(PRODUCTION, "Cluster", "community-service-db");
        assertEquals("community-service-db-g1", production.at("/spec/plugins/0/parameters/serverName").asText());
        assertEquals("community-service-db", Chart.get(PRODUCTION, "ScheduledBackup", "community-service-db").at("/spec/cluster/name").asText());
    }

    @Test
    void a_restore_reads_one_generation_of_backups_and_archives_into_the_next() {
        List<JsonNode> restored = Chart.render("values-production.yaml", Map.of(
                "postgres.restore.enabled", true, "postgres.restore.fromGeneration", 1, "postgres.backup.generation", 2));
        StrictModels.validateAll(restored);
        JsonNode cluster = Chart.get(restored, "Cluster", "community-service-db").at("/spec");
        assertEquals("origin", cluster.at("/bootstrap/recovery/source").asText());
        assertTrue(cluster.at("/bootstrap/initdb").isMissingNode());
        assertEquals("community-service-db-g1", cluster.at("/externalClusters/0/plugin/parameters/serverName").asText());
        assertEquals("community-service-db-g2", cluster.at("/plugins/0/parameters/serverName").asText());
        assertThrows(IllegalStateException.class, () -> Chart.render("values-production.yaml", Map.of(
                "postgres.restore.enabled", true, "postgres.restore.fromGeneration", 1)));
    }

    @Test
    void only_the_gateway_is_reachable_from_outside_and_a_service_reaches_only_its_database_kafka_and_keycloak() {
        JsonNode policy = Chart.get(SMALL, "NetworkPolicy", "assessment-service").at("/spec");
        assertEquals("[\"Ingress\",\"Egress\"]", policy.get("policyTypes").toString());
        JsonNode from = policy.at("/ingress/0/from");
        assertEquals("gateway", from.at("/0/podSelector/matchLabels/edu-community.io~1role").asText());
        assertEquals("monitoring", from.at("/1/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
        List<String> egress = new ArrayList<>();
        policy.get("egress").forEach(rule -> egress.add(rule.at("/to/0").toString()));
        assertEquals(4, egress.size(), egress::toString);
        assertTrue(egress.get(2).contains("\"cnpg.io/cluster\":\"assessment-service-db\""), egress::toString);
        assertTrue(egress.get(3).contains("\"strimzi.io/cluster\":\"edu-kafka\""), egress::toString);
        List<JsonNode> ingresses = Chart.ofKind(SMALL, "Ingress");
        assertEquals(1, ingresses.size(), "one Ingress: the gateway's");
        assertEquals("gateway", ingresses.get(0).at("/spec/rules/0/http/paths/0/backend/service/name").asText());

        JsonNode gateway = Chart.get(SMALL, "NetworkPolicy", "gateway").at("/spec");
        assertEquals("ingress-nginx", gateway.at("/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
        String env = Chart.get(SMALL, "Deployment", "gateway").at("/spec/template/spec/containers/0/env").toString();
        assertTrue(env.contains("{\"name\":\"ASSESSMENT_SERVICE_URL\",\"value\":\"http://assessment-service:8084\"}"), env);
        assertTrue(env.contains("{\"name\":\"GATEWAY_CORS_ORIGINS\",\"value\":\"https://edu.example.org\"}"), env);
        assertTrue(!env.contains("KAFKA_BOOTSTRAP_SERVERS") && !env.contains("QUARKUS_DATASOURCE"), "the gateway has no database and no Kafka");
    }

    @Test
    void the_realm_imported_is_deploy_keycloak_edu_realm_json_without_its_local_secrets_and_demo_users() throws IOException {
        Path source = Chart.ROOT.resolve("deploy/keycloak/edu-realm.json");
        Path inChart = Chart.DIR.resolve("files/edu-realm.json");
        assertEquals(-1L, Files.mismatch(source, inChart), "files/edu-realm.json is the realm file itself (a symbolic link)");
        assertTrue(Files.isSymbolicLink(inChart), "a link, so that it can never drift from the source");

        ObjectMapper json = new ObjectMapper();
        ObjectNode expected = (ObjectNode) json.readTree(source.toFile());
        expected.put("displayName", "Education communities");
        ArrayNode users = json.createArrayNode();
        expected.get("users").forEach(u -> {
            if (!u.has("credentials")) {
                users.add(u);
            }
        });
        expected.set("users", users);
        expected.get("clients").forEach(c -> {
            ((ObjectNode) c).remove("secret");
            if (c.path("clientId").asText().equals("edu-cli")) {
                ((ObjectNode) c).set("redirectUris", json.createArrayNode());
            }
            if (c.path("clientId").asText().equals("edu-dashboard")) {
                ((ObjectNode) c).set("redirectUris", json.createArrayNode().add("https://edu.example.org/dashboard/*"));
                ((ObjectNode) c).set("webOrigins", json.createArrayNode().add("https://edu.example.org"));
                ((ObjectNode) c.get("attributes")).put("post.logout.redirect.uris", "https://edu.example.org/dashboard/*");
            }
        });
        JsonNode imported = Chart.get(SMALL, "KeycloakRealmImport", "edu-keycloak-realm-edu").at("/spec/realm");
        assertEquals(expected, imported);
        assertEquals(2, imported.get("users").size(), "the two service-account users, with their division");
        assertFalse(imported.toString().contains("local-only"), "no local secret or password reaches the cluster");
        assertFalse(imported.toString().contains("localhost"), "no local redirect URI or web origin reaches the cluster");
        assertNotEquals(json.readTree(source.toFile()).get("users").size(), imported.get("users").size());
    }

    private static Set<String> acls(JsonNode user) {
        return StreamSupport.stream(user.at("/spec/authorization/acls").spliterator(), false)
                .map(acl -> acl.at("/resource/type").asText() + ":" + acl.at("/resource/name").asText("") + ":"
                        + acl.at("/resource/patternType").asText("") + ":"
                        + StreamSupport.stream(acl.get("operations").spliterator(), false).map(JsonNode::asText).sorted()
                        .collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(JsonNode object) {
        return object.at("/metadata/name").asText();
    }

    private static Set<String> names(List<JsonNode> objects) {
        return objects.stream().map(ChartContentTest::name).collect(Collectors.toSet());
    }
}
