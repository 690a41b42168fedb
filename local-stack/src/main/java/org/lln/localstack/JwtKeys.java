package org.lln.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The local stack's own token-signing key pair, generated on first use under {@code <LLN_HOME>/jwt/}
 * (never committed), and the bearer tokens signed with it: RS256, issuer {@code urn:lln:local},
 * audience {@code lln-suite}, roles in {@code groups}, as the services' shared configuration expects.
 */
public final class JwtKeys {

    /** Issuer the services trust by default ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "urn:lln:local";

    /** Audience the services expect by default ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "lln-suite";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private JwtKeys(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /**
     * @param directory where {@code public.pem} and {@code private.pem} live
     * @return the existing key pair, or a new RSA 2048 one written there (private key readable by the owner only)
     * @throws IOException when the files cannot be read or written
     */
    public static JwtKeys loadOrCreate(Path directory) throws IOException {
        Path publicFile = directory.resolve("public.pem");
        Path privateFile = directory.resolve("private.pem");
        try {
            if (!Files.exists(publicFile) || !Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(
                        privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            String der = Files.readString(privateFile)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(der)));
            return new JwtKeys(publicFile, key);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot create or read the token-signing key in " + directory, e);
        }
    }

    /** @return the PEM file of the public key, for {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} */
    public Path publicKeyFile() {
        return publicKey;
    }

    /**
     * @param role     {@code editor} or {@code admin}
     * @param lifetime how long the token is valid
     * @return a signed compact JWT acting for no partner
     * @throws IllegalArgumentException for another role
     */
    public String token(String role, Duration lifetime) {
        return token(role, null, lifetime);
    }

    /**
     * @param role        {@code editor} or {@code admin}
     * @param partnerCode the code of the partner the token acts for (claim {@code partner}), or null
     * @param lifetime    how long the token is valid
     * @return a signed compact JWT, subject {@code lln-local-<role>} or {@code lln-local-<partnerCode>}
     * @throws IllegalArgumentException for another role
     */
    public String token(String role, String partnerCode, Duration lifetime) {
        if (!role.equals("editor") && !role.equals("admin")) {
            throw new IllegalArgumentException("role must be editor or admin, not '" + role + "'");
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject("lln-local-" + (partnerCode == null ? role : partnerCode));
        if (partnerCode != null) {
            claims.setStringClaim("partner", partnerCode);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromMilliseconds(System.currentTimeMillis() + lifetime.toMillis()));
        claims.setStringListClaim("groups", List.of(role));
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setHeader("typ", "JWT");
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
