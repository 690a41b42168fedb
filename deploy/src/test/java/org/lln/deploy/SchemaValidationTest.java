package org.lln.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated manifest and every committed resource satisfies its Kubernetes, Strimzi or CloudNativePG
 * schema ({@link SchemaCatalog}), and a deliberately broken copy of each kind does not.
 */
class SchemaValidationTest {

    private final SchemaCatalog schemas = SchemaCatalog.instance();

    static Stream<Manifest> everyResource() {
        return Manifests.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyResource")
    void satisfiesItsSchema(Manifest manifest) {
        assertThat(schemas.violations(manifest.body())).as(manifest.toString()).isEmpty();
    }

    @Test
    void findsTheResourcesOfEveryKindTheSuiteUses() {
        assertThat(Manifests.all())
                .extracting(Manifest::kind)
                .containsOnly(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "Secret",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "Cluster",
                        "Database");
    }

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken(
                        "Deployment",
                        "partners-service",
                        "replicas as a word",
                        "/spec/replicas",
                        body -> spec(body).set("replicas", TextNode.valueOf("two"))),
                broken(
                        "Deployment",
                        "events-service",
                        "a misspelt container field",
                        "/spec/template/spec/containers/0",
                        body -> container(body)
                                .set("imagePulPolicy", container(body).remove("imagePullPolicy"))),
                broken(
                        "Deployment",
                        "network-dashboard",
                        "a probe without a handler port",
                        "/spec/template/spec/containers/0/readinessProbe/httpGet",
                        body -> ((ObjectNode)
                                        container(body).path("readinessProbe").path("httpGet"))
                                .remove("port")),
                broken(
                        "Service",
                        "collaboration-service",
                        "a port as a name",
                        "/spec/ports/0/port",
                        body -> ((ObjectNode) body.path("spec").path("ports").path(0))
                                .set("port", TextNode.valueOf("http"))),
                broken(
                        "ConfigMap",
                        "lln-config",
                        "a number where a string goes",
                        "/data/LLN_KAFKA_PORT",
                        body -> ((ObjectNode) body.path("data")).set("LLN_KAFKA_PORT", IntNode.valueOf(9092))),
                broken(
                        "Kafka",
                        "lln",
                        "an unknown listener type",
                        "/spec/kafka/listeners/0/type",
                        body -> ((ObjectNode) body.path("spec")
                                        .path("kafka")
                                        .path("listeners")
                                        .path(0))
                                .put("type", "public")),
                broken(
                        "Kafka",
                        "lln",
                        "an undeclared field",
                        "/spec/kafka",
                        body -> ((ObjectNode) body.path("spec").path("kafka")).put("brokers", 3)),
                broken(
                        "KafkaNodePool",
                        "combined",
                        "an unknown role",
                        "/spec/roles/0",
                        body -> ((ArrayNode) body.path("spec").path("roles")).set(0, TextNode.valueOf("leader"))),
                broken(
                        "KafkaTopic",
                        "lln.partners",
                        "partitions as a word",
                        "/spec/partitions",
                        body -> spec(body).put("partitions", "three")),
                broken(
                        "KafkaTopic",
                        "lln.events",
                        "an API version Strimzi 1.2 no longer serves",
                        "no schema for apiVersion",
                        body -> ((ObjectNode) body).put("apiVersion", "kafka.strimzi.io/v1beta2")),
                broken(
                        "Cluster",
                        "lln-postgres",
                        "no instances",
                        "/spec/instances",
                        body -> spec(body).put("instances", 0)),
                broken(
                        "Database",
                        "lln-events",
                        "no owner",
                        "/spec",
                        body -> spec(body).remove("owner")),
                broken(
                        "Database",
                        "lln-collaboration",
                        "a label that is not a string",
                        "/metadata/labels/owner",
                        body -> ((ObjectNode) body.path("metadata"))
                                .putObject("labels")
                                .put("owner", 7)));
    }

    @ParameterizedTest(name = "{1} {2}: {3}")
    @MethodSource("brokenCopies")
    void rejectsABrokenCopy(
            Manifest original, String kind, String name, String why, String expected, Consumer<JsonNode> breaking) {
        assertThat(schemas.violations(original.body()))
                .as("the original " + original)
                .isEmpty();
        Manifest copy = original.copy(why);
        breaking.accept(copy.body());

        assertThat(schemas.violations(copy.body()))
                .as(copy.toString())
                .isNotEmpty()
                .anySatisfy(violation -> assertThat(violation).contains(expected));
    }

    private static Arguments broken(
            String kind, String name, String why, String expected, Consumer<JsonNode> breaking) {
        Manifest original = Manifests.named(Manifests.all(), kind, name);
        return Arguments.of(original, kind, name, why, expected, breaking);
    }

    private static ObjectNode spec(JsonNode body) {
        return (ObjectNode) body.path("spec");
    }

    private static ObjectNode container(JsonNode body) {
        return (ObjectNode) body.path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .path(0);
    }

    @Test
    void refusesAKindItHasNoSchemaFor() {
        ObjectNode unknown =
                JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Pod2");

        assertThat(schemas.violations(unknown))
                .singleElement()
                .asString()
                .startsWith("no schema for apiVersion \"v1\", kind \"Pod2\"");
    }
}
