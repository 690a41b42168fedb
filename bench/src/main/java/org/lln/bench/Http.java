package org.lln.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A small JSON client for the suite's APIs: every request is bounded by a 30 s timeout. */
public final class Http {

    /** Shared JSON mapper. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    /** @param authorization the {@code Authorization} header for writes */
    public Http(String authorization) {
        this.authorization = authorization;
    }

    /** @return the {@code Authorization} header value writes carry */
    public String authorization() {
        return authorization;
    }

    /** A response: its status and its body parsed as JSON (null when empty or not JSON). */
    public record Reply(int status, JsonNode body) {}

    /**
     * @param url the URL
     * @return the reply
     * @throws IOException when the service does not answer
     */
    public Reply get(String url) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /**
     * @param url  the collection URL
     * @param body the JSON body
     * @return the reply
     * @throws IOException when the service does not answer
     */
    public Reply post(String url, JsonNode body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Sends a JSON Merge Patch without waiting for the answer.
     *
     * @param url  the resource URL
     * @param body the merge patch
     * @return the pending status code
     */
    public CompletableFuture<Integer> patchAsync(String url, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/merge-patch+json")
                .header("Authorization", authorization)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /**
     * @param url a URL answering text, e.g. {@code /q/metrics}
     * @return the body
     * @throws IOException when it does not answer 200
     */
    public String text(String url) throws IOException {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private Reply send(HttpRequest.Builder builder) throws IOException {
        try {
            HttpResponse<String> response =
                    client.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = null;
            if (body != null && !body.isBlank()) {
                try {
                    json = JSON.readTree(body);
                } catch (IOException e) {
                    json = null;
                }
            }
            return new Reply(response.statusCode(), json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
