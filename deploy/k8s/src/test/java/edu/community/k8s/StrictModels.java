package edu.community.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import org.keycloak.representations.idm.RealmRepresentation;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every rendered object strictly, by its apiVersion and kind: an unknown or misspelled field, or a scalar
 * of the wrong type, is an error.
 *
 * <ul>
 *   <li>Kubernetes (v1, apps/v1, policy/v1, autoscaling/v2, networking.k8s.io/v1): fabric8 kubernetes-model
 *   7.6.1 (the Quarkus 3.34.1 BOM's) typed classes.</li>
 *   <li>Strimzi kafka.strimzi.io/v1: the model classes of io.strimzi:api 0.49.0.</li>
 *   <li>Prometheus operator monitoring.coreos.com/v1 (ServiceMonitor, PodMonitor, PrometheusRule): fabric8
 *   openshift-model-monitoring 7.6.1, generated from the prometheus-operator CRDs.</li>
 *   <li>CloudNativePG 1.30 (postgresql.cnpg.io/v1 Cluster, ScheduledBackup), Barman Cloud plugin 0.14
 *   (barmancloud.cnpg.io/v1 ObjectStore) and Keycloak operator 26.x (k8s.keycloak.org/v2alpha1 Keycloak,
 *   KeycloakRealmImport): no model of theirs is on Maven Central, so JSON Schemas of the fields the chart uses,
 *   written from their API reference (src/test/resources/schemas, each naming its source and version), with
 *   {@code additionalProperties: false} at every level. The realm a KeycloakRealmImport carries is read into
 *   Keycloak's own {@code RealmRepresentation} (keycloak-core 26.7.3, the Keycloak of deploy/local).</li>
 * </ul>
 *
 * The typed models carry an "any setter" that keeps unknown fields (fabric8's {@code additionalProperties},
 * Strimzi's {@code UnknownPropertyPreserving}); this mapper removes it, so that an unknown field fails. For
 * Strimzi it also removes the properties marked {@code @Deprecated}, which the v1 API no longer has (e.g. a
 * KafkaUser ACL's {@code operation}, replaced by {@code operations}).
 */
final class StrictModels {

    private static final Map<String, String> TYPED = Map.ofEntries(
            Map.entry("v1/ConfigMap", "io.fabric8.kubernetes.api.model.ConfigMap"),
            Map.entry("v1/Service", "io.fabric8.kubernetes.api.model.Service"),
            Map.entry("apps/v1/Deployment", "io.fabric8.kubernetes.api.model.apps.Deployment"),
            Map.entry("policy/v1/PodDisruptionBudget", "io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy"),
            Map.entry("networking.k8s.io/v1/Ingress", "io.fabric8.kubernetes.api.model.networking.v1.Ingress"),
            Map.entry("kafka.strimzi.io/v1/Kafka", "io.strimzi.api.kafka.model.kafka.Kafka"),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool"),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic"),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", "io.strimzi.api.kafka.model.user.KafkaUser"),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", "io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor"),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", "io.fabric8.openshift.api.model.monitoring.v1.PodMonitor"),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", "io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule"));

    private static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-1.30-cluster.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "cnpg-1.30-scheduledbackup.json",
            "barmancloud.cnpg.io/v1/ObjectStore", "barman-cloud-0.14-objectstore.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak-26-keycloak.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-26-realmimport.json");

    static final ObjectMapper MAPPER = strictMapper();
    private static final JsonSchemaFactory SCHEMA_FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private StrictModels() {
    }

    /** Every apiVersion/kind this check knows. */
    static Set<String> known() {
        return java.util.stream.Stream.concat(TYPED.keySet().stream(), SCHEMAS.keySet().stream()).collect(Collectors.toSet());
    }

    /** Throws {@link AssertionError} naming the object and the problem when the object is not valid. */
    static void validate(JsonNode object) {
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String what = key + " " + object.path("metadata").path("name").asText();
        if (TYPED.containsKey(key)) {
            try {
                Object typed = MAPPER.treeToValue(object, Class.forName(TYPED.get(key)));
                if (typed == null) {
                    throw new AssertionError(what + ": read as nothing");
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new AssertionError(what + " is not valid: " + e.getMessage(), e);
            }
        } else if (SCHEMAS.containsKey(key)) {
            Set<ValidationMessage> problems = schema(SCHEMAS.get(key)).validate(object);
            if (!problems.isEmpty()) {
                throw new AssertionError(what + " is not valid: "
                        + problems.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
            }
            if (key.endsWith("/KeycloakRealmImport")) {
                realm(what, object.at("/spec/realm"));
            }
        } else {
            throw new AssertionError(what + ": no model or schema for this apiVersion and kind; add one before rendering it");
        }
    }

    /** The realm of a KeycloakRealmImport, read strictly into Keycloak's own RealmRepresentation (keycloak-core 26.7.3). */
    private static void realm(String what, JsonNode realm) {
        try {
            MAPPER.treeToValue(realm, RealmRepresentation.class);
        } catch (IOException e) {
            throw new AssertionError(what + ": the realm is not a valid RealmRepresentation: " + e.getMessage(), e);
        }
    }

    static void validateAll(List<JsonNode> objects) {
        objects.forEach(StrictModels::validate);
    }

    private static JsonSchema schema(String file) {
        try (InputStream in = StrictModels.class.getResourceAsStream("/schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + file);
            }
            return SCHEMA_FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean deprecated(AnnotatedMember member) {
        return member != null && member.hasAnnotation(Deprecated.class);
    }

    private static ObjectMapper strictMapper() {
        SimpleModule noAnySetter = new SimpleModule("no-any-setter");
        noAnySetter.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                         BeanDeserializerBuilder builder) {
                builder.setAnySetter(null);
                // Strimzi's v1 API dropped every property its model still carries as @Deprecated (for v1beta2):
                // reading kafka.strimzi.io/v1, such a property is as unknown as a misspelled one.
                if (description.getBeanClass().getName().startsWith("io.strimzi.")) {
                    for (BeanPropertyDefinition property : description.findProperties()) {
                        if (deprecated(property.getGetter()) || deprecated(property.getSetter()) || deprecated(property.getField())) {
                            builder.removeProperty(property.getFullName());
                        }
                    }
                }
                return builder;
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(noAnySetter)
                .build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

}
