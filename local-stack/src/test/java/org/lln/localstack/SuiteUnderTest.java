package org.lln.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The stack configuration the tests run the suite with: a fresh state directory and free ports throughout. */
final class SuiteUnderTest {

    private SuiteUnderTest() {}

    /**
     * @return a configuration of this checkout with its state in a new temporary directory and every port free
     * @throws IOException when no temporary directory or port can be had
     */
    static StackConfig onFreePorts() throws IOException {
        Path home = Files.createTempDirectory("lln-e2e-");
        return StackConfig.from(
                Map.of(
                        "LLN_HOME",
                        home.toString(),
                        "LLN_POSTGRES_PORT",
                        freePort(),
                        "LLN_KAFKA_PORT",
                        freePort(),
                        "LLN_KAFKA_CONTROLLER_PORT",
                        freePort(),
                        "LLN_PARTNERS_PORT",
                        freePort(),
                        "LLN_EVENTS_PORT",
                        freePort(),
                        "LLN_COLLABORATION_PORT",
                        freePort(),
                        "LLN_DASHBOARD_PORT",
                        freePort()),
                StackConfig.findRoot());
    }

    /**
     * The {@code Authorization} header value that writes to the services send.
     *
     * @param config the running stack's configuration
     * @return {@code Bearer <token>} with role admin (the secretariat, as the data loader), signed with the stack's own key
     * @throws IOException when the key cannot be read
     */
    static String authorization(StackConfig config) throws IOException {
        return "Bearer " + config.jwtKeys().token("admin", Duration.ofHours(1));
    }

    private static String freePort() throws IOException {
        return Integer.toString(ScratchSuite.freePort());
    }
}
