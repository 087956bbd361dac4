package edu.community.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build wrote to target/images: one image per service, on the base image, named as the chart names them. */
class ServiceImagesTest {

    @Test
    void every_service_has_its_image_named_and_configured_for_the_chart() throws IOException {
        for (String service : ImageArchive.SERVICES) {
            ImageArchive image = ImageArchive.of(service);
            assertEquals(List.of("edu-community/" + service + ":" + ImageArchive.VERSION), image.repoTags(), service);
            JsonNode config = image.config().path("config");
            assertEquals(BaseImage.USER, config.path("User").asText(), "runs as the unprivileged user (runAsNonRoot)");
            assertEquals("java", config.path("Entrypoint").get(0).asText());
            assertEquals("/deployments/quarkus-run.jar", config.path("Entrypoint").get(3).asText());
            assertTrue(config.path("ExposedPorts").fieldNames().hasNext(), service + " exposes its HTTP port");
        }
    }

    @Test
    void every_service_image_shares_the_base_image_layer() throws IOException {
        String baseLayer = ImageArchive.of(ImageNames.BASE).config().path("rootfs").path("diff_ids").get(0).asText();
        for (String service : ImageArchive.SERVICES) {
            assertEquals(baseLayer, ImageArchive.of(service).config().path("rootfs").path("diff_ids").get(0).asText(), service);
        }
    }

    @Test
    void the_image_holds_the_application_exactly_as_packaged(@TempDir Path temp) throws Exception {
        String service = ImageArchive.SERVICES.get(0);
        Path rootfs = ImageArchive.of(service).unpack(temp.resolve("rootfs"));
        Path packaged = Path.of(System.getProperty("repository.root")).resolve(service).resolve("target/quarkus-app");
        assertEquals(files(packaged), files(rootfs.resolve("deployments")));
    }

    @Test
    void the_base_image_has_its_user_and_trusts_the_public_certificate_authorities(@TempDir Path temp) throws Exception {
        Path rootfs = ImageArchive.of(ImageNames.BASE).unpack(temp.resolve("rootfs"));
        assertTrue(Files.readString(rootfs.resolve("etc/passwd")).contains(":" + BaseImage.USER + ":" + BaseImage.USER + ":"));
        assertTrue(trustedCertificates(rootfs.resolve("etc/ssl/certs/java/cacerts")) > 100);
        assertTrue(Files.isRegularFile(rootfs.resolve(BaseImage.JAVA_HOME.substring(1)).resolve("bin/java")));
        assertFalse(Files.exists(rootfs.resolve("bin/sh")), "no shell in the base image");
    }

    private static int trustedCertificates(Path store) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, TrustStore.PASSWORD);
        }
        return keyStore.size();
    }

    /** Each regular file's path below the directory and its size. */
    private static Map<String, Long> files(Path directory) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString(), Files.size(file));
            }
        }
        return files;
    }
}
