package edu.community.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image each Deployment names is the one the Maven build produces: Quarkus container-image with Jib names
 * it {@code <quarkus.container-image.group>/<quarkus.container-image.name>:<tag>}, the tag defaulting to the
 * application version, which is the Maven project version.
 */
class ChartImagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"community-service", "assessment-service"})
    void the_chart_names_the_image_the_build_produces(String service) throws IOException {
        Path module = Chart.ROOT.resolve(service);
        Properties properties = new Properties();
        properties.load(new StringReader(Chart.read(module.resolve("src/main/resources/application.properties"))));
        String group = properties.getProperty("quarkus.container-image.group");
        String name = properties.getProperty("quarkus.container-image.name");
        assertEquals("edu-community", group);
        assertEquals(service, name);
        assertFalse(properties.containsKey("quarkus.container-image.tag"), "the tag is the application version");
        assertFalse(properties.containsKey("quarkus.application.version"), "the application version is the project version");
        assertFalse(properties.containsKey("quarkus.container-image.registry"), "the registry is the operator's (image.registry)");
        assertFalse(Boolean.parseBoolean(properties.getProperty("quarkus.container-image.build", "false")),
                "the default build needs no registry: images are built with -Dquarkus.container-image.build=true");
        assertTrue(Chart.read(module.resolve("pom.xml")).contains("<artifactId>quarkus-container-image-jib</artifactId>"));

        String version = projectVersion();
        JsonNode chart = new YAMLMapper().readTree(Chart.DIR.resolve("Chart.yaml").toFile());
        assertEquals(version, chart.path("appVersion").asText(), "Chart.yaml appVersion is the project version");

        String expected = group + "/" + name + ":" + version;
        for (String valuesFile : Chart.VALUES_FILES) {
            JsonNode deployment = Chart.get(Chart.render(valuesFile), "Deployment", service);
            assertEquals(expected, deployment.at("/spec/template/spec/containers/0/image").asText(), valuesFile);
        }
        JsonNode withRegistry = Chart.get(Chart.render("values.yaml", Map.of("image.registry", "registry.example.org")),
                "Deployment", service);
        assertEquals("registry.example.org/" + expected, withRegistry.at("/spec/template/spec/containers/0/image").asText());
    }

    private static String projectVersion() {
        String pom = Chart.read(Chart.ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>edu-community-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "the root pom's version");
        return version.group(1);
    }
}
