package org.lln.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Asks each service's {@code /q/health/ready} once a second during a scenario, on its own thread per service, and
 * records how long each answer took and what it said. An answer later than 2 s breaks DESIGN.md ("health
 * answers within 2 s in every state"); a refused connection means the service is down (killed), not slow, and the
 * first answer after refusals (the first request a freshly started JVM serves) is reported on its own.
 */
final class HealthProbe implements AutoCloseable {

    /**
     * What one probe saw.
     *
     * @param afterStart whether the previous probe of this service was refused: this is the first request the freshly
     *                   started JVM serves, which includes loading and compiling its HTTP stack; reported on its own
     */
    record Probe(String service, long atMillis, long millis, int status, String error, boolean afterStart) {
        boolean refused() {
            return status == Api.NO_ANSWER && "ConnectException".equals(error);
        }

        boolean slow() {
            return !refused() && !afterStart && millis > 2_000;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private final long start = System.nanoTime();
    private volatile boolean running = true;

    /**
     * @param api  the client
     * @param urls the services to probe
     */
    HealthProbe(Api api, Urls urls) {
        for (String service :
                List.of("partners-service", "events-service", "collaboration-service", "network-dashboard")) {
            Thread thread = new Thread(
                    () -> {
                        boolean wasRefused = false;
                        while (running) {
                            long at = (System.nanoTime() - start) / 1_000_000;
                            Api.Reply reply = api.get(urls.of(service) + "/q/health/ready", TIMEOUT);
                            Probe probe = new Probe(
                                    service, at, reply.micros() / 1_000, reply.status(), reply.error(), wasRefused);
                            wasRefused = probe.refused();
                            probes.add(probe);
                            long next = at + 1_000 - (System.nanoTime() - start) / 1_000_000;
                            if (next > 0 && running) {
                                try {
                                    Thread.sleep(next);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                    },
                    "faults-health-" + service);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** @return every probe so far */
    List<Probe> probes() {
        synchronized (probes) {
            return List.copyOf(probes);
        }
    }

    /** @return per service: probes, answers by status, refused, slower than 2 s, slowest answer */
    ObjectNode summary() {
        ObjectNode node = Api.JSON.createObjectNode();
        Map<String, List<Probe>> byService = new TreeMap<>();
        probes().forEach(p ->
                byService.computeIfAbsent(p.service(), s -> new ArrayList<>()).add(p));
        byService.forEach((service, list) -> {
            ObjectNode s = node.putObject(service);
            s.put("probes", list.size());
            ObjectNode statuses = s.putObject("statuses");
            list.forEach(p -> statuses.put(label(p), statuses.path(label(p)).asInt(0) + 1));
            s.put("refused", list.stream().filter(Probe::refused).count());
            s.put("slowerThan2s", list.stream().filter(Probe::slow).count());
            s.put(
                    "slowestMs",
                    list.stream()
                            .filter(p -> !p.refused() && !p.afterStart())
                            .mapToLong(Probe::millis)
                            .max()
                            .orElse(0));
            list.stream()
                    .filter(Probe::afterStart)
                    .mapToLong(Probe::millis)
                    .max()
                    .ifPresent(ms -> s.put("firstAnswerAfterStartMs", ms));
        });
        return node;
    }

    private static String label(Probe p) {
        return p.status() == Api.NO_ANSWER ? "no answer (" + p.error() + ")" : Integer.toString(p.status());
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}
