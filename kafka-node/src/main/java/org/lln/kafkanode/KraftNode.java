package org.lln.kafkanode;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * One Kafka node on this machine in KRaft combined mode (broker and controller in one process), as {@code ./lln up}
 * and the tests run Kafka: clients on a {@code PLAINTEXT} listener, the quorum on a {@code CONTROLLER} listener, both
 * on localhost, and a static quorum of every node of the cluster (Kafka documentation, "KRaft", combined servers and
 * {@code controller.quorum.voters}). Replication follows the cluster's size: three copies at most, and a write needs
 * two of them when there are (Kafka documentation, "Replication", {@code min.insync.replicas}); that holds for the
 * internal topics too, so a consumer group survives the loss of one node.
 *
 * @param id             the node's id in the quorum
 * @param port           the client listener's port
 * @param controllerPort the controller listener's port
 */
public record KraftNode(int id, int port, int controllerPort) {

    /**
     * The node's server properties. Callers add what differs between their uses (partition count, topic creation).
     *
     * @param cluster every node of the cluster, this one included
     * @param logDir  the node's log directory
     * @return the properties of {@code server.properties}
     */
    public Properties serverProperties(List<KraftNode> cluster, Path logDir) {
        int replicas = Math.min(3, cluster.size());
        String copies = Integer.toString(replicas);
        String minInSync = Integer.toString(Math.min(2, replicas));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(id));
        p.put(
                "controller.quorum.voters",
                cluster.stream()
                        .map(n -> n.id() + "@localhost:" + n.controllerPort())
                        .collect(Collectors.joining(",")));
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("default.replication.factor", copies);
        p.put("min.insync.replicas", minInSync);
        p.put("offsets.topic.replication.factor", copies);
        p.put("transaction.state.log.replication.factor", copies);
        p.put("transaction.state.log.min.isr", minInSync);
        p.put("share.coordinator.state.topic.replication.factor", copies);
        p.put("share.coordinator.state.topic.min.isr", minInSync);
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }
}
