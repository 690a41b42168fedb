package org.lln.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What {@code mvn package} generates for each service and the dashboard (Quarkus Kubernetes extension,
 * configured in platform's microprofile-config.properties and the modules' application.properties): a
 * Deployment of two instances with the health probes, resource requests and limits, the image
 * {@code lln/<module>}, and a Service in front of it; nothing else to apply before them.
 */
class GeneratedManifestsTest {

    static final List<String> MODULES = Manifests.MODULES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("MODULES")
    void generatesADeploymentAndAServiceOnly(String module) {
        assertThat(Manifests.generated(module))
                .extracting(Manifest::id)
                .containsExactlyInAnyOrder("Deployment/" + module, "Service/" + module);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("MODULES")
    void runsTwoInstancesWithProbesAndResources(String module) {
        JsonNode spec = Manifests.named(Manifests.generated(module), "Deployment", module)
                .body()
                .path("spec");
        JsonNode pod = spec.path("template").path("spec");
        JsonNode container = pod.path("containers").path(0);

        assertThat(spec.path("replicas").asInt()).isEqualTo(2);
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/live");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/ready");
        for (String bound : List.of("requests", "limits")) {
            assertThat(container.path("resources").path(bound).path("cpu").isTextual())
                    .as(bound + " cpu")
                    .isTrue();
            assertThat(container.path("resources").path(bound).path("memory").isTextual())
                    .as(bound + " memory")
                    .isTrue();
        }
        assertThat(container.path("image").asText()).matches("(.+/)?lln/" + module + ":[^:/]+");
        assertThat(pod.has("initContainers")).as("init containers").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("MODULES")
    void servesThePodsPortThroughItsService(String module) {
        List<Manifest> manifests = Manifests.generated(module);
        JsonNode deployment =
                Manifests.named(manifests, "Deployment", module).body().path("spec");
        JsonNode service = Manifests.named(manifests, "Service", module).body().path("spec");
        JsonNode podLabels = deployment.path("template").path("metadata").path("labels");

        assertThat(service.path("ports").path(0).path("targetPort").asInt())
                .isEqualTo(deployment
                        .path("template")
                        .path("spec")
                        .path("containers")
                        .path(0)
                        .path("ports")
                        .path(0)
                        .path("containerPort")
                        .asInt());
        service.path("selector")
                .properties()
                .forEach(label -> assertThat(podLabels.path(label.getKey()))
                        .as(label.getKey())
                        .isEqualTo(label.getValue()));
        assertThat(deployment.path("selector").path("matchLabels").has("app.kubernetes.io/version"))
                .as("version in the selector")
                .isFalse();
    }
}
