package edu.community.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the base image and the image of every service listed, as image tarballs in Docker's archive format
 * ({@code docker load}, {@code podman load}, {@code skopeo copy docker-archive:…} all read them).
 *
 * <p>Arguments: the repository root, the version (the image tag), the output directory, the services
 * (comma-separated) and the list of the base image's Debian packages.
 */
public final class ImageBuild {

    private ImageBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String version = args[1];
        Path out = Path.of(args[2]);
        List<String> services = List.of(args[3].split(","));
        Path packages = Path.of(args[4]);
        Files.createDirectories(out);

        Path base = new BaseImage(packages, out.resolve("work/base"))
                .build(ImageNames.base(version), out.resolve(ImageNames.BASE + ".tar"));
        for (String service : services) {
            new ServiceImage(service, root.resolve(service), out.resolve("work/cache"))
                    .build(base, ImageNames.service(service, version), out.resolve(service + ".tar"));
        }
    }
}
