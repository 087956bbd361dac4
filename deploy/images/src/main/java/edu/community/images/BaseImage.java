package edu.community.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The base image of every service, assembled from Debian packages without a container engine: the packages of
 * {@code base-packages.txt} are downloaded with {@code apt-get download} and unpacked with {@code dpkg-deb -x}
 * (no maintainer script runs, so the build needs no root), then the few files their scripts would have made
 * are written here: the Java trust store, and {@code /etc/passwd} with the unprivileged user {@value #USER}
 * the services run as. The root file system becomes one layer of an image in Docker's archive format, with
 * fixed timestamps and owners so that the same packages give the same layer.
 */
final class BaseImage {

    static final String USER = "1001";
    static final String JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64";

    private final Path packageList;
    private final Path work;

    BaseImage(Path packageList, Path work) {
        this.packageList = packageList;
        this.work = work;
    }

    /** Builds the image and returns the tarball it wrote. */
    Path build(String name, Path tarball) throws IOException, InterruptedException, GeneralSecurityException {
        Commands.deleteRecursively(work);
        Path debs = Files.createDirectories(work.resolve("debs"));
        Path rootfs = Files.createDirectories(work.resolve("rootfs"));
        List<String> packages = packages();

        List<String> download = new ArrayList<>(List.of("apt-get", "download", "-q"));
        download.addAll(packages);
        Commands.run(debs, download);
        List<String> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(debs)) {
            for (Path deb : files.filter(f -> f.toString().endsWith(".deb")).sorted().toList()) {
                Commands.run(work, List.of("dpkg-deb", "-x", deb.toString(), rootfs.toString()));
                versions.add(Commands.output(work, List.of("dpkg-deb", "-f", deb.toString(), "Package", "Version"))
                        .replace("Package: ", "").replace("\nVersion: ", "=").strip());
            }
        }
        if (versions.size() != packages.size()) {
            throw new IllegalStateException("apt-get download gave " + versions + " for " + packages);
        }

        writeUsers(rootfs);
        TrustStore.write(rootfs.resolve("usr/share/ca-certificates/mozilla"), rootfs.resolve("etc/ssl/certs/java/cacerts"));
        Path tmp = Files.createDirectories(rootfs.resolve("tmp"));
        Commands.run(work, List.of("chmod", "1777", tmp.toString()));
        Files.createDirectories(rootfs.resolve("deployments"));

        Path layer = work.resolve("layer.tar");
        Commands.run(work, List.of("tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner",
                "--mtime=@0", "--format=gnu", "-C", rootfs.toString(), "-cf", layer.toString(), "."));
        String diffId = "sha256:" + sha256(layer);

        ObjectMapper json = new ObjectMapper();
        ObjectNode config = json.createObjectNode().put("architecture", "amd64").put("os", "linux")
                .put("created", "1970-01-01T00:00:00Z");
        ObjectNode containerConfig = config.putObject("config");
        containerConfig.putArray("Env").add("PATH=" + JAVA_HOME + "/bin:/usr/bin:/bin")
                .add("JAVA_HOME=" + JAVA_HOME).add("LANG=C.UTF-8");
        containerConfig.put("User", USER).put("WorkingDir", "/deployments");
        ObjectNode labels = containerConfig.putObject("Labels");
        labels.put("org.opencontainers.image.title", name);
        labels.put("org.opencontainers.image.description",
                "Debian bookworm packages, unpacked: " + String.join(" ", versions));
        config.putObject("rootfs").put("type", "layers").putArray("diff_ids").add(diffId);
        config.putArray("history").addObject().put("created", "1970-01-01T00:00:00Z")
                .put("created_by", "edu-community deploy/images from " + String.join(" ", versions));
        Files.writeString(work.resolve("config.json"), json.writeValueAsString(config));

        ArrayNode manifest = json.createArrayNode();
        ObjectNode image = manifest.addObject().put("Config", "config.json");
        image.putArray("RepoTags").add(name);
        image.putArray("Layers").add("layer.tar");
        Files.writeString(work.resolve("manifest.json"), json.writeValueAsString(manifest));

        Files.deleteIfExists(tarball);
        Commands.run(work, List.of("tar", "--owner=0", "--group=0", "--numeric-owner", "--mtime=@0",
                "-cf", tarball.toString(), "manifest.json", "config.json", "layer.tar"));
        Commands.deleteRecursively(rootfs);
        Files.delete(layer);
        return tarball;
    }

    private List<String> packages() throws IOException {
        return Files.readAllLines(packageList).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static void writeUsers(Path rootfs) throws IOException {
        Path etc = Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                + "edu:x:" + USER + ":" + USER + ":edu-community service:/deployments:/usr/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\nedu:x:" + USER + ":\n");
    }

    private static String sha256(Path file) throws IOException, GeneralSecurityException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
