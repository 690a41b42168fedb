package org.lln.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus test a real Kafka broker: the external one named by environment variable
 * {@code LLN_TEST_KAFKA_BOOTSTRAP_SERVERS}, or else an {@link EmbeddedKafkaBroker} started in this JVM
 * for the duration of the test run. Sets {@code kafka.bootstrap.servers}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** Environment variable naming an external broker to use instead of the embedded one. */
    public static final String EXTERNAL = "LLN_TEST_KAFKA_BOOTSTRAP_SERVERS";

    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        String external = System.getenv(EXTERNAL);
        if (external != null && !external.isBlank()) {
            return Map.of("kafka.bootstrap.servers", external);
        }
        broker = new EmbeddedKafkaBroker();
        broker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                broker, new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, EmbeddedKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
