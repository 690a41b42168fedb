package org.lln.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;

/**
 * Gives a Quarkus test its own RSA key pair for bearer tokens: the public key becomes the service's
 * {@code mp.jwt.verify.publickey} (replacing the key pair Quarkus would generate in test mode), the
 * private key stays in a temporary file that
 * {@link Tokens} signs with. Nothing private is kept in the repository.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    /** System property naming the PEM file of the test private key. */
    static final String PRIVATE_KEY_PROPERTY = "lln.test.jwt.private-key";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("lln-jwt-");
            KeyPair keys = Tokens.newKeyPair();
            Path publicKey = directory.resolve("public.pem");
            Path privateKey = directory.resolve("private.pem");
            Files.writeString(
                    publicKey, Tokens.pem("PUBLIC KEY", keys.getPublic().getEncoded()));
            Files.writeString(
                    privateKey, Tokens.pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
            System.setProperty(PRIVATE_KEY_PROPERTY, privateKey.toString());
            String publicKeyContent =
                    Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
            return Map.of("mp.jwt.verify.publickey", publicKeyContent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
