package edu.community.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java trust store of the base image ({@code /etc/ssl/certs/java/cacerts}, where Debian's Java runtime looks),
 * made from the certificates of Debian's ca-certificates package as its ca-certificates-java script would.
 */
final class TrustStore {

    /** The store's password: Java's well-known default, since a trust store holds only public certificates. */
    static final char[] PASSWORD = "changeit".toCharArray();

    private TrustStore() {
    }

    static void write(Path certificates, Path store) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, PASSWORD);
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        List<Path> files;
        try (Stream<Path> listing = Files.list(certificates)) {
            files = listing.filter(f -> f.toString().endsWith(".crt")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Certificate certificate = x509.generateCertificate(in);
                String alias = file.getFileName().toString().replaceFirst("\\.crt$", "").toLowerCase();
                keyStore.setCertificateEntry("debian:" + alias, certificate);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no certificate in " + certificates);
        }
        Files.createDirectories(store.getParent());
        try (OutputStream out = Files.newOutputStream(store)) {
            keyStore.store(out, PASSWORD);
        }
    }
}
