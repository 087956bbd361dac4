package edu.community.gateway;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Access tokens shaped like realm edu's (audience edu-api), signed with a key made for this run, and bad ones. */
public final class Tokens {

    static final String ISSUER = "urn:edu-community:gateway-test-issuer";
    private static final String KEY = "edu.gateway-test.jwt.private-key";
    private static final String OTHER_KEY = "edu.gateway-test.jwt.other-private-key";

    private Tokens() {
    }

    static synchronized String createKeys() {
        // System properties, not fields: the test resource and the tests are loaded by different class loaders.
        KeyPair pair = pair();
        System.setProperty(KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        System.setProperty(OTHER_KEY, Base64.getEncoder().encodeToString(pair().getPrivate().getEncoded()));
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** A valid token of a fresh subject (so each caller has its own rate limit). */
    public static String bearer() {
        return bearer(UUID.randomUUID().toString());
    }

    public static String bearer(String subject) {
        return "Bearer " + claims(subject, "edu-api").sign(key(KEY));
    }

    public static String withAudience(String audience) {
        return "Bearer " + claims(UUID.randomUUID().toString(), audience).sign(key(KEY));
    }

    public static String expired() {
        return "Bearer " + claims(UUID.randomUUID().toString(), "edu-api")
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign(key(KEY));
    }

    public static String signedByAnotherKey() {
        return "Bearer " + claims(UUID.randomUUID().toString(), "edu-api").sign(key(OTHER_KEY));
    }

    public static String fromAnotherIssuer() {
        return "Bearer " + claims(UUID.randomUUID().toString(), "edu-api").issuer("https://elsewhere.example.org")
                .sign(key(KEY));
    }

    private static JwtClaimsBuilder claims(String subject, String audience) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(audience)
                .claim("division", "330000")
                .claim("realm_access", Map.of("roles", List.of("province-officer")))
                .expiresIn(Duration.ofMinutes(10));
    }

    private static PrivateKey key(String property) {
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(property));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair pair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
