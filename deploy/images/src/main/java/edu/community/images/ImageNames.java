package edu.community.images;

/**
 * The names the build gives its images: {@code edu-community/<service>:<version>}, the same group and name as
 * each service's {@code quarkus.container-image.*} settings and the Helm chart's {@code image.group}.
 */
public final class ImageNames {

    public static final String GROUP = "edu-community";
    public static final String BASE = "base-jre";

    private ImageNames() {
    }

    public static String service(String service, String version) {
        return GROUP + "/" + service + ":" + version;
    }

    public static String base(String version) {
        return GROUP + "/" + BASE + ":" + version;
    }
}
