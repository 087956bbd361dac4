package edu.community.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The image each Deployment names is the one the Maven build produces: deploy/images writes
 * {@code edu-community/<service>:<version>} to deploy/images/target/images/&lt;service&gt;.tar, and Quarkus
 * container-image with Jib (for a build that pushes to a registry) names it the same from
 * {@code <quarkus.container-image.group>/<quarkus.container-image.name>}, the tag defaulting to the application
 * version, which is the Maven project version.
 */
class ChartImagesTest {

    /** The services values.yaml enables: every one must have its image. */
    static List<String> enabledServices() throws IOException {
        JsonNode services = new YAMLMapper().readTree(Chart.DIR.resolve("values.yaml").toFile()).path("services");
        List<String> enabled = new ArrayList<>();
        services.fields().forEachRemaining(service -> {
            if (service.getValue().path("enabled").asBoolean()) {
                enabled.add(service.getKey());
            }
        });
        return enabled;
    }

    @ParameterizedTest
    @MethodSource("enabledServices")
    void the_build_wrote_the_image_the_chart_names(String service) throws IOException, InterruptedException {
        Path tarball = Chart.ROOT.resolve("deploy/images/target/images/" + service + ".tar");
        assertTrue(Files.isRegularFile(tarball), service + ": the build wrote no image " + tarball);
        JsonNode manifest = new ObjectMapper().readTree(entry(tarball, "manifest.json"));
        for (String valuesFile : Chart.VALUES_FILES) {
            JsonNode deployment = Chart.get(Chart.render(valuesFile), "Deployment", service);
            assertEquals(deployment.at("/spec/template/spec/containers/0/image").asText(),
                    manifest.path(0).path("RepoTags").path(0).asText(), service + " in " + valuesFile);
        }
    }

    @ParameterizedTest
    @MethodSource("enabledServices")
    void quarkus_names_the_image_as_the_chart_does(String service) throws IOException {
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

    private static byte[] entry(Path tarball, String name) throws IOException, InterruptedException {
        Process tar = new ProcessBuilder("tar", "-xOf", tarball.toString(), name).start();
        byte[] content = tar.getInputStream().readAllBytes();
        assertEquals(0, tar.waitFor(), name + " in " + tarball);
        return content;
    }

    private static String projectVersion() {
        String pom = Chart.read(Chart.ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>edu-community-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "the root pom's version");
        return version.group(1);
    }
}
