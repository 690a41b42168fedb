package org.lln.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lln.kafkanode.KraftNode;

/** Where the launcher puts each process, for one broker and for a cluster, from the options a user gives. */
class StackConfigTest {

    private static final Path ROOT = Path.of("/tmp/checkout");

    @Test
    void theDefaultIsOneBrokerAndOneInstanceOfEachServiceOnTheDesignPorts() {
        StackConfig config = StackConfig.from(Map.of(), ROOT);

        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.brokers()).containsExactly(new KraftNode(1, 9092, 9093));
        assertThat(config.instances())
                .extracting(StackConfig.Service::name)
                .containsExactly("partners-service", "events-service", "collaboration-service");
        assertThat(config.services()).extracting(StackConfig.Service::port).containsExactly(8081, 8082, 8083);
        assertThat(config.clustered()).isFalse();
    }

    @Test
    void upWithThreeBrokersAndTwoInstancesPlacesEveryProcessOnItsOwnPorts() {
        StackConfig config =
                StackConfig.from(Main.clusterOptions(new String[] {"--brokers", "3", "--instances", "2"}), ROOT);

        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092,localhost:9094,localhost:9096");
        assertThat(config.brokers()).extracting(KraftNode::controllerPort).containsExactly(9093, 9095, 9097);
        assertThat(config.instances())
                .extracting(StackConfig.Service::name)
                .containsExactly(
                        "partners-service",
                        "partners-service-2",
                        "events-service",
                        "events-service-2",
                        "collaboration-service",
                        "collaboration-service-2");
        assertThat(config.instancesOf("events-service"))
                .extracting(StackConfig.Service::url)
                .containsExactly("http://localhost:8082", "http://localhost:8092");
        assertThat(config.instancesOf("events-service"))
                .extracting(StackConfig.Service::database)
                .containsOnly("events");
        assertThat(config.services())
                .extracting(StackConfig.Service::name)
                .containsExactly("partners-service", "events-service", "collaboration-service");
        assertThat(config.clustered()).isTrue();
    }

    @Test
    void listedPortsWinOverTheDefaultSpacing() {
        StackConfig config = StackConfig.from(
                Map.of(
                        "LLN_BROKERS",
                        "2",
                        "LLN_KAFKA_PORTS",
                        "7001,7002",
                        "LLN_KAFKA_CONTROLLER_PORTS",
                        "7101,7102",
                        "LLN_INSTANCES",
                        "2",
                        "LLN_PARTNERS_PORTS",
                        "7201,7202"),
                ROOT);

        assertThat(config.bootstrapServers()).isEqualTo("localhost:7001,localhost:7002");
        assertThat(config.instancesOf("partners-service"))
                .extracting(StackConfig.Service::port)
                .containsExactly(7201, 7202);
    }

    @Test
    void classDataArchivesAreKeptInTheHomeUnlessSwitchedOff() {
        assertThat(StackConfig.from(Map.of("LLN_HOME", "/tmp/lln-a"), ROOT).archives())
                .contains(Path.of("/tmp/lln-a/cds"));
        assertThat(StackConfig.from(Map.of("LLN_CLASS_DATA_ARCHIVES", "false"), ROOT)
                        .archives())
                .isEmpty();
    }

    @Test
    void aBadOptionIsRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> Main.clusterOptions(new String[] {"--replicas", "2"}))
                .hasMessageContaining("usage: ./lln up [--brokers N] [--instances N]");
        assertThatThrownBy(() -> StackConfig.from(Map.of("LLN_BROKERS", "zero"), ROOT))
                .hasMessageContaining("LLN_BROKERS must be a number from 1 to 5");
        assertThatThrownBy(() -> StackConfig.from(Map.of("LLN_INSTANCES", "2", "LLN_EVENTS_PORTS", "7301"), ROOT))
                .hasMessageContaining("LLN_EVENTS_PORTS lists 1 ports; 2 are needed");
    }
}
