package edu.community.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** An image tarball in Docker's archive format, as {@code docker load} reads it. */
record ImageArchive(Path tarball) {

    static final Path DIR = Path.of(System.getProperty("images.dir", "target/images"));
    static final String VERSION = System.getProperty("project.version");
    static final List<String> SERVICES = List.of(System.getProperty("images.services", "").split(","));

    static ImageArchive of(String image) {
        return new ImageArchive(DIR.resolve(image + ".tar"));
    }

    JsonNode manifest() throws IOException {
        return new ObjectMapper().readTree(entry("manifest.json")).get(0);
    }

    JsonNode config() throws IOException {
        return new ObjectMapper().readTree(entry(manifest().path("Config").asText()));
    }

    List<String> repoTags() throws IOException {
        List<String> tags = new ArrayList<>();
        manifest().path("RepoTags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    /** Unpacks every layer, in order, into the directory: the image's root file system. */
    Path unpack(Path rootfs) throws IOException, InterruptedException {
        Path layers = Files.createDirectories(rootfs.resolveSibling(rootfs.getFileName() + "-layers"));
        Commands.run(layers, List.of("tar", "-xf", tarball.toString()));
        Files.createDirectories(rootfs);
        for (JsonNode layer : manifest().path("Layers")) {
            Commands.run(rootfs, List.of("tar", "-xf", layers.resolve(layer.asText()).toString(), "-C", rootfs.toString()));
        }
        Commands.deleteRecursively(layers);
        return rootfs;
    }

    private byte[] entry(String name) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return tar.readAllBytes();
                }
            }
        }
        throw new IOException(name + " is not in " + tarball);
    }
}
