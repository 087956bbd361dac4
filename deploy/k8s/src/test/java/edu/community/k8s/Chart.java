package edu.community.k8s;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The chart in deploy/k8s/edu-community, rendered by Helm (helm-java: Helm's Go library bundled per OS). */
final class Chart {

    static final Path ROOT = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
    static final Path DIR = ROOT.resolve("deploy/k8s/edu-community");
    static final String NAMESPACE = "edu";
    static final String RELEASE = "edu";
    /** The Kubernetes version the chart is rendered for (Capabilities.KubeVersion); the chart asks for >= 1.27. */
    static final String KUBE_VERSION = "v1.33.0";
    /** The values files an operator installs with: values.yaml alone, or with values-production.yaml after it. */
    static final List<String> VALUES_FILES = List.of("values.yaml", "values-production.yaml");

    private static final ObjectMapper YAML = new YAMLMapper();

    private Chart() {
    }

    static Helm helm() {
        return new Helm(DIR);
    }

    /** Renders with the values file (values.yaml is always the base) and extra --set pairs. */
    static List<JsonNode> render(String valuesFile, Map<String, Object> sets) {
        TemplateCommand template = helm().template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (!"values.yaml".equals(valuesFile)) {
            template = template.withValuesFile(DIR.resolve(valuesFile));
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        return documents(template.call());
    }

    static List<JsonNode> render(String valuesFile) {
        return render(valuesFile, Map.of());
    }

    static List<JsonNode> documents(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        // a key twice in one mapping (e.g. a label) is an error, as in the API server's strict field validation
        try (var parser = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().createParser(yaml)) {
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the chart rendered YAML that does not parse", e);
        }
        return documents;
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).collect(Collectors.toList());
    }

    static Optional<JsonNode> find(List<JsonNode> documents, String kind, String name) {
        return ofKind(documents, kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText())).findFirst();
    }

    static JsonNode get(List<JsonNode> documents, String kind, String name) {
        return find(documents, kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
