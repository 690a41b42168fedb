package org.lln.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bearer tokens for tests, signed (RS256) with the key of {@link JwtTestResource}, with the issuer and
 * audience the service under test expects, roles in the {@code groups} claim, and for a partner's system
 * the partner's code in the {@code partner} claim. Also the bad tokens a
 * service must refuse: expired, signed by another key, from another issuer, for another audience.
 */
public final class Tokens {

    private Tokens() {}

    /** @return a valid token with role {@code editor} */
    public static String editor() {
        return token(Set.of("editor"));
    }

    /** @return a valid token with role {@code admin} */
    public static String admin() {
        return token(Set.of("admin"));
    }

    /**
     * @param partnerCode the code of the partner the token acts for (claim {@code partner})
     * @return a valid token with role {@code editor}, subject {@code <partnerCode>-system}
     */
    public static String editorFor(String partnerCode) {
        return Jwt.issuer(issuer())
                .audience(audience())
                .subject(partnerCode + "-system")
                .groups(Set.of("editor"))
                .claim("partner", partnerCode)
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().plus(Duration.ofHours(1)))
                .jws()
                .sign(testKey());
    }

    /**
     * @param roles the {@code groups} claim
     * @return a valid token, for one hour
     */
    public static String token(Set<String> roles) {
        return build(roles, issuer(), audience(), Instant.now().plus(Duration.ofHours(1)), testKey());
    }

    /** @return an editor token that expired an hour ago */
    public static String expired() {
        return build(
                Set.of("editor", "admin"), issuer(), audience(), Instant.now().minus(Duration.ofHours(1)), testKey());
    }

    /** @return an admin token signed by a key the service does not know */
    public static String signedByAnotherKey() {
        return build(
                Set.of("editor", "admin"),
                issuer(),
                audience(),
                Instant.now().plus(Duration.ofHours(1)),
                newKeyPair().getPrivate());
    }

    /** @return an admin token from an issuer the service does not trust */
    public static String fromAnotherIssuer() {
        return build(
                Set.of("editor", "admin"),
                "urn:lln:somebody-else",
                audience(),
                Instant.now().plus(Duration.ofHours(1)),
                testKey());
    }

    /** @return an admin token meant for another audience */
    public static String forAnotherAudience() {
        return build(
                Set.of("editor", "admin"),
                issuer(),
                "another-system",
                Instant.now().plus(Duration.ofHours(1)),
                testKey());
    }

    private static String build(Set<String> roles, String issuer, String audience, Instant expiry, PrivateKey key) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject("test-partner-system")
                .groups(roles)
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(expiry)
                .jws()
                .sign(key);
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
    }

    private static String audience() {
        return ConfigProvider.getConfig()
                .getValue("mp.jwt.verify.audiences", String.class)
                .split(",")[0]
                .trim();
    }

    private static PrivateKey testKey() {
        String location = System.getProperty(JwtTestResource.PRIVATE_KEY_PROPERTY);
        if (location == null) {
            throw new IllegalStateException("No test key: add @QuarkusTestResource(JwtTestResource.class)");
        }
        try {
            String pem = Files.readString(Path.of(location))
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
