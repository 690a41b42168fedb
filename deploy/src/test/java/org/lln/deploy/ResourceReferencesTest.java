package org.lln.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lln.contract.ResourceType;

/**
 * What the resources say of each other holds: every ConfigMap and Secret a generated Deployment uses is
 * committed with the keys it reads; the bootstrap address is the Kafka cluster's; the declared topics are
 * the contract's change topics (compacted) and the consumers' dead-letter topics; each service connects
 * to its own database, as its owner, on the PostgreSQL cluster.
 */
class ResourceReferencesTest {

    private final List<Manifest> committed = Manifests.committed();

    static Stream<Manifest> deployments() {
        return Manifests.ofKind(Manifests.generated(), "Deployment").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void usesOnlyCommittedConfigMapsAndSecretsAndTheirKeys(Manifest deployment) {
        JsonNode pod = deployment.body().path("spec").path("template").path("spec");
        List<String> missing = new ArrayList<>();
        for (JsonNode container : pod.path("containers")) {
            for (JsonNode source : container.path("envFrom")) {
                requireSource(missing, "ConfigMap", source.path("configMapRef"), null);
                requireSource(missing, "Secret", source.path("secretRef"), null);
            }
            for (JsonNode variable : container.path("env")) {
                JsonNode from = variable.path("valueFrom");
                requireSource(
                        missing,
                        "ConfigMap",
                        from.path("configMapKeyRef"),
                        from.path("configMapKeyRef").path("key").asText(null));
                requireSource(
                        missing,
                        "Secret",
                        from.path("secretKeyRef"),
                        from.path("secretKeyRef").path("key").asText(null));
            }
        }
        for (JsonNode volume : pod.path("volumes")) {
            requireSource(missing, "ConfigMap", volume.path("configMap"), null);
            if (volume.has("secret")) {
                requireName(
                        missing,
                        "Secret",
                        volume.path("secret").path("secretName").asText());
            }
        }
        assertThat(missing).as(deployment.toString()).isEmpty();
    }

    private void requireSource(List<String> missing, String kind, JsonNode reference, String key) {
        if (!reference.isMissingNode()) {
            requireName(missing, kind, reference.path("name").asText());
            if (key != null && !keys(kind, reference.path("name").asText()).contains(key)) {
                missing.add(kind + "/" + reference.path("name").asText() + " key " + key);
            }
        }
    }

    private void requireName(List<String> missing, String kind, String name) {
        if (Manifests.ofKind(committed, kind).stream()
                .noneMatch(manifest -> manifest.name().equals(name))) {
            missing.add(kind + "/" + name);
        }
    }

    private Set<String> keys(String kind, String name) {
        Set<String> keys = new HashSet<>();
        Manifests.ofKind(committed, kind).stream()
                .filter(manifest -> manifest.name().equals(name))
                .forEach(manifest -> {
                    manifest.body().path("data").fieldNames().forEachRemaining(keys::add);
                    manifest.body().path("stringData").fieldNames().forEachRemaining(keys::add);
                });
        return keys;
    }

    @Test
    void bootstrapServersAreTheKafkaClustersPlainListener() {
        Manifest kafka = Manifests.ofKind(committed, "Kafka").get(0);
        JsonNode plain = stream(kafka.body().path("spec").path("kafka").path("listeners"))
                .filter(listener -> listener.path("type").asText().equals("internal")
                        && !listener.path("tls").asBoolean())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no internal listener without TLS"));

        assertThat(config("LLN_KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo(
                        kafka.name() + "-kafka-bootstrap:" + plain.path("port").asInt());
    }

    @Test
    void declaresTheContractsChangeTopicsCompacted() {
        Set<String> changeTopics =
                Arrays.stream(ResourceType.values()).map(ResourceType::topic).collect(Collectors.toSet());

        for (String topic : changeTopics) {
            assertThat(topic(topic)
                            .path("spec")
                            .path("config")
                            .path("cleanup.policy")
                            .asText())
                    .as(topic)
                    .isEqualTo("compact");
        }
    }

    @Test
    void declaresEachServicesDeadLetterTopicWithTheDeletePolicy() {
        for (String service : Manifests.SERVICES) {
            String deadLetters = property(service, "quarkus.application.name") + ".dlq";

            assertThat(topic(deadLetters)
                            .path("spec")
                            .path("config")
                            .path("cleanup.policy")
                            .asText())
                    .as(deadLetters)
                    .isEqualTo("delete");
        }
    }

    @Test
    void declaresExactlyTheTopicsTheSuiteUses() {
        Set<String> used = new HashSet<>();
        Arrays.stream(ResourceType.values()).map(ResourceType::topic).forEach(used::add);
        for (String service : Manifests.SERVICES) {
            used.addAll(List.of(property(service, "lln.messaging.topics").split(",")));
            used.add(property(service, "quarkus.application.name") + ".dlq");
        }
        properties("network-dashboard").stringPropertyNames().stream()
                .filter(key -> key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .map(key -> property("network-dashboard", key))
                .forEach(used::add);

        assertThat(Manifests.ofKind(committed, "KafkaTopic"))
                .extracting(ResourceReferencesTest::topicName)
                .containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void replicatesEveryTopicThreeTimesWithTwoInSync() {
        Manifest kafka = Manifests.ofKind(committed, "Kafka").get(0);
        JsonNode config = kafka.body().path("spec").path("kafka").path("config");
        int brokers = Manifests.ofKind(committed, "KafkaNodePool").stream()
                .filter(pool -> pool.body()
                        .path("metadata")
                        .path("labels")
                        .path("strimzi.io/cluster")
                        .asText()
                        .equals(kafka.name()))
                .filter(pool -> stream(pool.body().path("spec").path("roles"))
                        .anyMatch(role -> role.asText().equals("broker")))
                .mapToInt(pool -> pool.body().path("spec").path("replicas").asInt())
                .sum();

        assertThat(brokers).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("transaction.state.log.replication.factor").asInt())
                .isEqualTo(3);
        assertThat(config.path("transaction.state.log.min.isr").asInt()).isEqualTo(2);
        assertThat(kafka.body().path("spec").path("entityOperator").has("topicOperator"))
                .as("topic operator")
                .isTrue();
        for (Manifest topic : Manifests.ofKind(committed, "KafkaTopic")) {
            assertThat(topic.body()
                            .path("metadata")
                            .path("labels")
                            .path("strimzi.io/cluster")
                            .asText())
                    .as(topic.id())
                    .isEqualTo(kafka.name());
            assertThat(topic.body().path("spec").path("replicas").asInt())
                    .as(topic.id())
                    .isEqualTo(3);
            assertThat(topic.body()
                            .path("spec")
                            .path("config")
                            .path("min.insync.replicas")
                            .asInt(config.path("min.insync.replicas").asInt()))
                    .as(topic.id())
                    .isEqualTo(2);
        }
    }

    static Stream<String> services() {
        return Manifests.SERVICES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void connectsToItsOwnDatabaseAsItsOwner(String service) {
        String database = property(service, "quarkus.datasource.jdbc.url").replaceAll(".*/([a-z]+)}$", "$1");
        String urlVariable = property(service, "quarkus.datasource.jdbc.url").replaceAll("^\\$\\{([A-Z_]+):.*", "$1");
        JsonNode container = Manifests.named(Manifests.generated(service), "Deployment", service)
                .body()
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .path(0);
        String secretName = secretOf(container, urlVariable);
        assertThat(secretOf(container, "LLN_DB_USER")).isEqualTo(secretName);
        assertThat(secretOf(container, "LLN_DB_PASSWORD")).isEqualTo(secretName);

        Manifest secret = Manifests.named(committed, "Secret", secretName);
        Manifest cluster = Manifests.ofKind(committed, "Cluster").get(0);
        String owner = secret.body().path("stringData").path("username").asText();
        assertThat(secret.body().path("type").asText()).isEqualTo("kubernetes.io/basic-auth");
        assertThat(secret.body().path("stringData").path("jdbc-url").asText())
                .isEqualTo("jdbc:postgresql://" + cluster.name() + "-rw:5432/" + database);
        assertThat(Manifests.ofKind(committed, "Database")).anySatisfy(resource -> {
            assertThat(resource.body().path("spec").path("name").asText()).isEqualTo(database);
            assertThat(resource.body().path("spec").path("owner").asText()).isEqualTo(owner);
            assertThat(resource.body().path("spec").path("cluster").path("name").asText())
                    .isEqualTo(cluster.name());
        });
        assertThat(cluster.body().path("spec").path("managed").path("roles")).anySatisfy(role -> {
            assertThat(role.path("name").asText()).isEqualTo(owner);
            assertThat(role.path("login").asBoolean()).isTrue();
            assertThat(role.path("passwordSecret").path("name").asText()).isEqualTo(secretName);
        });
    }

    private static String secretOf(JsonNode container, String variable) {
        return stream(container.path("env"))
                .filter(env -> env.path("name").asText().equals(variable))
                .findFirst()
                .map(env ->
                        env.path("valueFrom").path("secretKeyRef").path("name").asText())
                .orElseThrow(() -> new AssertionError("no variable " + variable + " from a Secret"));
    }

    private String config(String key) {
        return Manifests.named(committed, "ConfigMap", "lln-config")
                .body()
                .path("data")
                .path(key)
                .asText();
    }

    private JsonNode topic(String name) {
        return Manifests.ofKind(committed, "KafkaTopic").stream()
                .filter(topic -> topicName(topic).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic for " + name))
                .body();
    }

    /** Strimzi's topic name: {@code spec.topicName}, else the resource's name. */
    private static String topicName(Manifest topic) {
        return topic.body().path("spec").path("topicName").asText(topic.name());
    }

    private static String property(String module, String key) {
        String value = properties(module).getProperty(key);
        assertThat(value).as(module + " " + key).isNotNull();
        return value;
    }

    private static Properties properties(String module) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(
                Manifests.repository().resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + module + "'s application.properties", e);
        }
        return properties;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements.stream();
    }
}
