package org.lln.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one suite this module's tests run against: the packaged services as real processes on a real PostgreSQL and
 * Kafka (fresh state, free ports), with the Kampot 2025 data loaded as the secretariat. The first test class that
 * extends with it starts the suite; every later class in the same test run finds it running; JUnit closes it when the
 * run ends (a value of the root store that is {@link AutoCloseable}). Starting the suite takes most of this module's
 * time, so it starts once per {@code mvn verify}, not once per class.
 *
 * <p>Classes that change what another one reads run in the order of their {@code @Order} (see
 * {@code junit-platform.properties}).
 */
final class RunningSuite implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuite.class);
    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> start(), Running.class);
    }

    /** @return the running suite's configuration (ports and state stay the same over a restart) */
    static StackConfig config() {
        return running.config;
    }

    /** @return how many resources the first load of {@code data/} created */
    static int kampotCreated() {
        return running.kampotCreated;
    }

    /**
     * Stops every process and starts the suite again on the same state directory and ports.
     *
     * @throws IOException when it does not come back
     */
    static void restart() throws IOException {
        running.stack.close();
        running.stack = Stack.start(running.config, System.out);
    }

    private static Running start() {
        try {
            StackConfig config = SuiteUnderTest.onFreePorts();
            Running started = new Running(config, Stack.start(config, System.out));
            try {
                started.kampotCreated = new DataLoader(
                                config.services().get(0).url(),
                                config.services().get(1).url(),
                                config.services().get(2).url(),
                                SuiteUnderTest.authorization(config),
                                System.out)
                        .load(config.root().resolve("data"));
            } catch (IOException | RuntimeException e) {
                started.close();
                throw e;
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("the suite did not start", e);
        }
    }

    /** The started suite, closed by JUnit at the end of the run. */
    private static final class Running implements AutoCloseable {
        private final StackConfig config;
        private Stack stack;
        private int kampotCreated;

        Running(StackConfig config, Stack stack) {
            this.config = config;
            this.stack = stack;
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
