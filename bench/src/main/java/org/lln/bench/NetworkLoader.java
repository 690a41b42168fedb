package org.lln.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Grows the synthetic network to a size through the public APIs ({@code POST} with an editor token), a
 * fixed number of requests in flight. A 422 means a service's read model has not yet learnt of a
 * referenced partner or event: retried for up to 60 s. A 409 means the code exists already (a rerun on a
 * kept state): its id is looked up by code.
 */
public final class NetworkLoader {

    private static final int IN_FLIGHT = 8;
    private static final Duration RETRY_FOR = Duration.ofSeconds(60);

    private final Http http;
    private final String partnersUrl;
    private final String eventsUrl;
    private final String collaborationUrl;
    private final PrintStream console;

    /**
     * @param http             client with the editor token
     * @param partnersUrl      partners-service base URL
     * @param eventsUrl        events-service base URL
     * @param collaborationUrl collaboration-service base URL
     * @param console          where progress goes
     */
    public NetworkLoader(
            Http http, String partnersUrl, String eventsUrl, String collaborationUrl, PrintStream console) {
        this.http = http;
        this.partnersUrl = partnersUrl;
        this.eventsUrl = eventsUrl;
        this.collaborationUrl = collaborationUrl;
        this.console = console;
    }

    /**
     * @param ids      the network loaded so far; extended in place
     * @param partners the size to reach
     * @return the wall-clock seconds the loading took
     * @throws IOException when a service refuses a resource
     */
    public double grow(SyntheticNetwork.Ids ids, int partners) throws IOException {
        long start = System.nanoTime();
        createAll(partnersUrl + "/partners", ids.partners(), partners, SyntheticNetwork::partner);
        createAll(
                eventsUrl + "/events",
                ids.events(),
                SyntheticNetwork.events(partners),
                j -> SyntheticNetwork.event(j, ids.partners()));
        createAll(
                collaborationUrl + "/collaboration-areas",
                ids.areas(),
                SyntheticNetwork.areas(partners),
                k -> SyntheticNetwork.area(k, ids.partners(), ids.events()));
        return (System.nanoTime() - start) / 1e9;
    }

    private void createAll(String url, List<String> ids, int target, IntFunction<ObjectNode> body) throws IOException {
        int from = ids.size();
        if (from >= target) {
            return;
        }
        console.printf("  POST %s x %d ...%n", url, target - from);
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            int chunk = 500;
            for (int start = from; start < target; start += chunk) {
                int end = Math.min(target, start + chunk);
                List<Future<String>> created = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    ObjectNode item = body.apply(i);
                    created.add(pool.submit(() -> create(url, item)));
                }
                for (Future<String> id : created) {
                    ids.add(await(id));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String create(String url, ObjectNode body) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        while (true) {
            Http.Reply reply = http.post(url, body);
            if (reply.status() == 201) {
                return reply.body().path("id").asText();
            }
            if (reply.status() == 409) {
                String code = URLEncoder.encode(body.path("code").asText(), StandardCharsets.UTF_8);
                Http.Reply found = http.get(url + "?code=" + code);
                if (found.status() == 200 && found.body().path("items").size() == 1) {
                    return found.body().path("items").get(0).path("id").asText();
                }
            }
            if (reply.status() != 422 || System.nanoTime() > deadline) {
                throw new SyntheticNetwork.Refused(
                        "POST " + url + " answered " + reply.status() + ": " + reply.body() + "\nfor " + body);
            }
            Thread.sleep(200);
        }
    }

    private static String await(Future<String> id) throws IOException {
        try {
            return id.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
