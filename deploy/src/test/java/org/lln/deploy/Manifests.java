package org.lln.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The suite's Kubernetes resources: those the services and the dashboard generate at {@code mvn package}
 * ({@code <module>/target/kubernetes/kubernetes.yml}) and those committed under {@code deploy/kubernetes/}
 * (its {@code templates/} included).
 */
final class Manifests {

    /** The modules whose manifests Quarkus generates: the three services and the network dashboard. */
    static final List<String> MODULES =
            List.of("partners-service", "events-service", "collaboration-service", "network-dashboard");

    /** The services among them, each with its own database and dead-letter topic. */
    static final List<String> SERVICES = MODULES.subList(0, 3);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {}

    /** @return the repository's root (system property {@code lln.repository}, set by this module's pom) */
    static Path repository() {
        return Path.of(System.getProperty("lln.repository", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** @return where a module's generated manifests are */
    static Path generatedFile(String module) {
        return repository().resolve(module).resolve("target/kubernetes/kubernetes.yml");
    }

    /**
     * @param module one of {@link #MODULES}
     * @return the resources of its generated {@code kubernetes.yml}
     * @throws IllegalStateException when the module has not been packaged
     */
    static List<Manifest> generated(String module) {
        Path file = generatedFile(module);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    file + " is missing: package the module first (mvn -B verify, or mvn -B package -pl deploy -am)");
        }
        return read(file);
    }

    /** @return the resources every module generated */
    static List<Manifest> generated() {
        return MODULES.stream().flatMap(module -> generated(module).stream()).toList();
    }

    /** @return the resources of every YAML file under {@code deploy/kubernetes/}, templates included */
    static List<Manifest> committed() {
        try (Stream<Path> files = Files.walk(repository().resolve("deploy/kubernetes"))) {
            return files.filter(file ->
                            file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .flatMap(file -> read(file).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every resource, generated and committed */
    static List<Manifest> all() {
        return Stream.concat(generated().stream(), committed().stream()).toList();
    }

    /**
     * @param file a YAML file of one or more documents
     * @return its non-empty documents, in order
     */
    static List<Manifest> read(Path file) {
        String origin =
                repository().relativize(file.toAbsolutePath().normalize()).toString();
        List<Manifest> manifests = new ArrayList<>();
        try (MappingIterator<JsonNode> documents =
                YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    manifests.add(new Manifest(origin + "#" + (manifests.size() + 1), document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return manifests;
    }

    /**
     * @param manifests where to look
     * @param kind      e.g. {@code ConfigMap}
     * @return those of that kind
     */
    static List<Manifest> ofKind(List<Manifest> manifests, String kind) {
        return manifests.stream()
                .filter(manifest -> manifest.kind().equals(kind))
                .toList();
    }

    /**
     * @return the one resource of that kind and name
     * @throws AssertionError when there is none
     */
    static Manifest named(List<Manifest> manifests, String kind, String name) {
        return ofKind(manifests, kind).stream()
                .filter(manifest -> manifest.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
    }
}
