package org.lln.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The suite's public HTTP APIs as the load and the checks call them; every request is bounded by a timeout. */
final class Api {

    /** Shared JSON mapper. */
    static final ObjectMapper JSON = new ObjectMapper();

    /** The first request that got no answer, by kind of failure, with the failure's message: for the report. */
    static final Map<String, String> NO_ANSWER_EXAMPLES = new ConcurrentHashMap<>();

    /** Status recorded for a request that got no HTTP answer (refused, reset, timed out). */
    static final int NO_ANSWER = 0;

    private final HttpClient client;
    private final String authorization;

    /** An answer: status ({@link #NO_ANSWER} when none), body as JSON (null when none or not JSON), why there was none. */
    record Reply(int status, JsonNode body, String error, long micros) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * A client as a partner system's should be: HTTP/1.1, which the services speak (they refuse the cleartext HTTP/2
     * upgrade that Java's client asks for by default, and such a client's POSTs then failed now and then with "HTTP/1.1
     * header parser received no bytes" on a reused connection).
     *
     * @param authorization the {@code Authorization} header writes carry
     */
    Api(String authorization) {
        this(authorization, HttpClient.Version.HTTP_1_1);
    }

    private Api(String authorization, HttpClient.Version version) {
        this.authorization = authorization;
        this.client = HttpClient.newBuilder()
                .version(version)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /**
     * A client of its own for health probes, over HTTP/1.1 as an orchestrator's probe is (Kubernetes' kubelet opens a
     * connection per probe): a probe sharing the load's HTTP/2 connection would time the load's queue on that
     * connection, not the service's readiness.
     *
     * @return a client that writes nothing
     */
    static Api forProbes() {
        return new Api(null, HttpClient.Version.HTTP_1_1);
    }

    CompletableFuture<Reply> post(String url, JsonNode body) {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                Duration.ofSeconds(30));
    }

    CompletableFuture<Reply> patch(String url, JsonNode body) {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/merge-patch+json")
                        .header("Authorization", authorization)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString())),
                Duration.ofSeconds(30));
    }

    /**
     * @param url     the URL
     * @param timeout how long to wait for the answer
     * @return the answer, or {@link #NO_ANSWER} with the reason
     */
    Reply get(String url, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), timeout).join();
    }

    /**
     * @param url the URL
     * @return the JSON body of a 200 answer
     * @throws IOException on any other answer
     */
    JsonNode getJson(String url) throws IOException {
        Reply reply = get(url, Duration.ofSeconds(30));
        if (reply.status() != 200 || reply.body() == null) {
            throw new IOException(url + " answered " + (reply.status() == NO_ANSWER ? reply.error() : reply.status()));
        }
        return reply.body();
    }

    private CompletableFuture<Reply> send(HttpRequest.Builder builder, Duration timeout) {
        long start = System.nanoTime();
        return client.sendAsync(builder.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    long micros = (System.nanoTime() - start) / 1_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        NO_ANSWER_EXAMPLES.putIfAbsent(
                                cause.getClass().getSimpleName(),
                                builder.build().method() + " " + builder.build().uri() + ": " + cause);
                        return new Reply(NO_ANSWER, null, cause.getClass().getSimpleName(), micros);
                    }
                    return new Reply(response.statusCode(), parse(response.body()), null, micros);
                });
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
