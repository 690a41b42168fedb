package org.lln.kafkanode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KraftNodeTest {

    @Test
    void aSingleNodeIsItsOwnQuorumWithOneCopyOfEverything() {
        KraftNode node = new KraftNode(1, 9092, 9093);
        Properties p = node.serverProperties(List.of(node), Path.of("/tmp/kafka"));
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@localhost:9093");
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:9092");
        assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(p.getProperty("min.insync.replicas")).isEqualTo("1");
        assertThat(p.getProperty("log.dirs")).isEqualTo(Path.of("/tmp/kafka").toString());
    }

    @Test
    void aClusterOfThreeKeepsThreeCopiesAndWritesNeedTwo() {
        List<KraftNode> cluster =
                List.of(new KraftNode(1, 9092, 9093), new KraftNode(2, 9094, 9095), new KraftNode(3, 9096, 9097));
        Properties p = cluster.get(1).serverProperties(cluster, Path.of("/tmp/kafka-2"));
        assertThat(p.getProperty("node.id")).isEqualTo("2");
        assertThat(p.getProperty("controller.quorum.voters"))
                .isEqualTo("1@localhost:9093,2@localhost:9095,3@localhost:9097");
        assertThat(p.getProperty("default.replication.factor")).isEqualTo("3");
        assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("3");
        assertThat(p.getProperty("min.insync.replicas")).isEqualTo("2");
        assertThat(p.getProperty("transaction.state.log.min.isr")).isEqualTo("2");
    }

    @Test
    void aClusterOfTwoCannotAskForMoreCopiesThanItHasNodes() {
        List<KraftNode> cluster = List.of(new KraftNode(1, 9092, 9093), new KraftNode(2, 9094, 9095));
        Properties p = cluster.get(0).serverProperties(cluster, Path.of("/tmp/kafka-1"));
        assertThat(p.getProperty("default.replication.factor")).isEqualTo("2");
        assertThat(p.getProperty("min.insync.replicas")).isEqualTo("2");
    }
}
