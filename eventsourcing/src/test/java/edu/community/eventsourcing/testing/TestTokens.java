package edu.community.eventsourcing.testing;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens shaped like the realm's (roles under {@code realm_access.roles}, a {@code division}
 * claim, a school officer's {@code school} claim) with a key made for this test run; the service verifies them
 * with the matching public key.
 */
public final class TestTokens {

    public static final String ISSUER = "urn:edu-community:test-issuer";
    private static final String PRIVATE_KEY = "edu.test.jwt.private-key";

    private TestTokens() {
    }

    /** Makes the key pair of this run; returns the public key as base64 DER for {@code quarkus.oidc.public-key}. */
    static String createKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token for a caller with these roles in this division; the subject is a fresh opaque id. */
    public static String bearer(String division, String... roles) {
        return bearerFor(UUID.randomUUID().toString(), division, roles);
    }

    /** A bearer token for a given subject, e.g. to send the same Idempotency-Key twice as one caller. */
    public static String bearerFor(String subject, String division, String... roles) {
        return "Bearer " + claims(subject, division, roles).sign(privateKey());
    }

    /** A bearer token that also carries a {@code school} claim, as the realm gives a school officer. */
    public static String bearerWithSchool(String division, String school, String... roles) {
        return "Bearer " + claims(UUID.randomUUID().toString(), division, roles).claim("school", school)
                .sign(privateKey());
    }

    private static JwtClaimsBuilder claims(String subject, String division, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("preferred_username", "test-" + subject.substring(0, 8))
                .claim("division", division)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(10));
    }

    private static PrivateKey privateKey() {
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
