package org.lln.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads a directory of JSON files into a running suite through its public REST APIs only, in
 * dependency order: {@code partners.json}, {@code event-series.json}, {@code events.json},
 * {@code collaboration-areas.json}, each an array of request bodies as the API takes them. A reference
 * field may hold the referenced resource's {@code code} instead of its id; the loader resolves it.
 * Loading is idempotent: a resource whose code exists already is left as it is. A 422 (a service's
 * read model has not yet learnt of a partner or event) is retried for up to 60 s.
 */
public final class DataLoader {

    /** One kind of resource: its file, collection path and owning service's base URL. */
    private record Kind(String file, String path, String baseUrl) {}

    private static final Pattern UUID_SHAPE = Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");
    private static final Duration RETRY_FOR = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Kind> kinds;
    private final Map<String, String> ids = new HashMap<>();
    private final PrintStream console;
    private final String authorization;

    /**
     * @param partnersUrl      base URL of partners-service
     * @param eventsUrl        base URL of events-service
     * @param collaborationUrl base URL of collaboration-service
     * @param authorization    value of the Authorization header to send, or null
     * @param console          where progress goes
     */
    public DataLoader(
            String partnersUrl, String eventsUrl, String collaborationUrl, String authorization, PrintStream console) {
        this.kinds = List.of(
                new Kind("partners.json", "/partners", partnersUrl),
                new Kind("event-series.json", "/event-series", eventsUrl),
                new Kind("events.json", "/events", eventsUrl),
                new Kind("collaboration-areas.json", "/collaboration-areas", collaborationUrl));
        this.authorization = authorization;
        this.console = console;
    }

    /**
     * @param directory the data directory; missing files are skipped
     * @return how many resources were created (those already present are not counted)
     * @throws IOException when a file is unreadable or a service refuses a resource
     */
    public int load(Path directory) throws IOException {
        int created = 0;
        for (Kind kind : kinds) {
            Path file = directory.resolve(kind.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode items;
            try {
                items = json.readTree(file.toFile());
            } catch (IOException e) {
                throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
            }
            if (!items.isArray()) {
                throw new IOException(
                        file + " must hold a JSON array of " + kind.path().substring(1));
            }
            int before = created;
            for (JsonNode item : items) {
                created += loadOne(kind, (ObjectNode) item.deepCopy()) ? 1 : 0;
            }
            console.printf(
                    "  %-22s %d new, %d already present%n",
                    kind.path().substring(1), created - before, items.size() - (created - before));
        }
        return created;
    }

    private boolean loadOne(Kind kind, ObjectNode item) throws IOException {
        String code = item.path("code").asText(null);
        if (code == null) {
            throw new IOException("An item of " + kind.file() + " has no code: " + item);
        }
        Optional<String> existing = find(kind, code);
        if (existing.isPresent()) {
            ids.put(key(kind.path(), code), existing.get());
            return false;
        }
        resolveReferences(kind, item);
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        while (true) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(kind.baseUrl() + kind.path()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(item))));
            if (response.statusCode() == 201) {
                ids.put(
                        key(kind.path(), code),
                        json.readTree(response.body()).path("id").asText());
                return true;
            }
            if (response.statusCode() == 422 && System.nanoTime() < deadline) {
                pause();
                continue;
            }
            throw new IOException(
                    "POST " + kind.path() + " " + code + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Replaces codes by ids in the reference fields, at any depth. */
    private void resolveReferences(Kind kind, JsonNode node) throws IOException {
        if (node.isArray()) {
            for (JsonNode element : node) {
                resolveReferences(kind, element);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        for (var names = object.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            JsonNode value = object.get(field);
            String target = referenceTarget(kind, field);
            if (target != null && value.isTextual()) {
                object.set(field, new TextNode(idOf(target, value.asText())));
            } else if (target != null && value.isArray()) {
                ArrayNode resolved = json.createArrayNode();
                for (JsonNode element : value) {
                    resolved.add(element.isTextual() ? idOf(target, element.asText()) : element.asText());
                }
                object.set(field, resolved);
            } else {
                resolveReferences(kind, value);
            }
        }
    }

    private static String referenceTarget(Kind kind, String field) {
        return switch (field) {
            case "parentId" -> kind.path();
            case "organizerId", "partnerId", "ownerPartnerId" -> "/partners";
            case "seriesId" -> "/event-series";
            case "originEventIds", "eventId" -> "/events";
            default -> null;
        };
    }

    private String idOf(String path, String codeOrId) throws IOException {
        if (UUID_SHAPE.matcher(codeOrId).matches()) {
            return codeOrId;
        }
        String cached = ids.get(key(path, codeOrId));
        if (cached != null) {
            return cached;
        }
        Kind kind =
                kinds.stream().filter(k -> k.path().equals(path)).findFirst().orElseThrow();
        String id = find(kind, codeOrId)
                .orElseThrow(() -> new IOException("No " + path.substring(1) + " with code " + codeOrId));
        ids.put(key(path, codeOrId), id);
        return id;
    }

    private Optional<String> find(Kind kind, String code) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(kind.baseUrl() + kind.path()
                        + "?size=1&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)))
                .GET());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + kind.path() + "?code=" + code + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        JsonNode items = json.readTree(response.body()).path("items");
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(items.get(0).path("id").asText());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String key(String path, String code) {
        return path + "#" + code;
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
