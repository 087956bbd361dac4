package edu.community.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A service's image: its Quarkus application ({@code target/quarkus-app}, the fast-jar layout) on the base image,
 * in the layers Quarkus's own Jib integration uses, so that a new version of the service changes only the small
 * top layers: the boot libraries, the other libraries, then the launcher, the application and Quarkus's generated
 * classes. It runs as the base image's unprivileged user.
 */
final class ServiceImage {

    static final AbsoluteUnixPath DEPLOYMENTS = AbsoluteUnixPath.get("/deployments");

    private final String service;
    private final Path module;
    private final Path cache;

    ServiceImage(String service, Path module, Path cache) {
        this.service = service;
        this.module = module;
        this.cache = cache;
    }

    void build(Path base, String name, Path tarball) throws Exception {
        Path app = module.resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + " has no quarkus-run.jar: package " + service + " first");
        }
        JibContainerBuilder image = Jib.from(TarImage.at(base))
                .addFileEntriesLayer(directory("libraries-boot", app.resolve("lib/boot"), "lib/boot"))
                .addFileEntriesLayer(directory("libraries", app.resolve("lib/main"), "lib/main"))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("launcher")
                        .addEntry(app.resolve("quarkus-run.jar"), DEPLOYMENTS.resolve("quarkus-run.jar"))
                        .addEntry(app.resolve("quarkus-app-dependencies.txt"),
                                DEPLOYMENTS.resolve("quarkus-app-dependencies.txt"))
                        .build())
                .addFileEntriesLayer(directory("application", app.resolve("app"), "app"))
                .addFileEntriesLayer(directory("quarkus", app.resolve("quarkus"), "quarkus"))
                .setEntrypoint("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar", DEPLOYMENTS.resolve("quarkus-run.jar").toString())
                .setUser(BaseImage.USER)
                .setWorkingDirectory(DEPLOYMENTS)
                .addExposedPort(Port.tcp(httpPort()))
                .addLabel("org.opencontainers.image.title", service)
                .addLabel("org.opencontainers.image.version", name.substring(name.lastIndexOf(':') + 1));
        Files.deleteIfExists(tarball);
        image.containerize(Containerizer.to(TarImage.at(tarball).named(name))
                .setBaseImageLayersCache(cache.resolve("base"))
                .setApplicationLayersCache(cache.resolve(service))
                .setOfflineMode(true)
                .setToolName("edu-community deploy/images"));
    }

    private static FileEntriesLayer directory(String layer, Path from, String into) throws IOException {
        FileEntriesLayer.Builder builder = FileEntriesLayer.builder().setName(layer);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                builder.addEntry(file, DEPLOYMENTS.resolve(into).resolve(from.relativize(file).toString()));
            }
        }
        return builder.build();
    }

    private int httpPort() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port").strip());
    }
}
