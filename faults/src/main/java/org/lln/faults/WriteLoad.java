package org.lln.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A paced write load with a fixed count, through the public HTTP APIs: partners created and patched (merge
 * patches of {@code type} and {@code locality}, never two at once on the same partner, so no write conflicts),
 * and one write in ten an event or a collaboration area naming seed partners, so the services' read models of
 * partners are used. Write {@code i} is sent at {@code i / perSecond} seconds whatever happened to the others.
 */
final class WriteLoad {

    private static final String[] TYPES = {"NGO", "OTHER", "EDUCATIONAL_INSTITUTION", "COMMUNITY_LEARNING_CENTRE"};

    private final Api api;
    private final Urls urls;
    private final String tag;
    private final List<String> seedPartners;
    private final Deque<String> idlePartners = new ArrayDeque<>();
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> created = Collections.synchronizedList(new ArrayList<>());
    private final long originNanos;
    private int next;

    /**
     * @param api          the client
     * @param urls         the services' URLs
     * @param tag          unique per scenario and run: goes into codes and names
     * @param seedPartners partners every service's read model already knows
     * @param originNanos  {@link System#nanoTime()} of the scenario's start: writes are timed from it
     */
    WriteLoad(Api api, Urls urls, String tag, List<String> seedPartners, long originNanos) {
        this.originNanos = originNanos;
        this.api = api;
        this.urls = urls;
        this.tag = tag;
        this.seedPartners = seedPartners;
    }

    /**
     * Sends {@code count} writes at {@code perSecond} and waits for every answer (each bounded by the client's timeout).
     * A later call goes on with the next writes (new codes, the same partners).
     *
     * @param count     how many writes
     * @param perSecond the pace
     * @return every write of this call with what the client saw
     */
    List<Write> run(int count, int perSecond) {
        writes.clear();
        List<CompletableFuture<Void>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "faults-pacer"));
        try {
            List<ScheduledFuture<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = next++;
                sent.add(pacer.schedule(
                        () -> pending.add(send(index)), i * 1_000_000L / perSecond, TimeUnit.MICROSECONDS));
            }
            for (var future : sent) {
                future.get();
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pacer.shutdownNow();
        }
        synchronized (writes) {
            return List.copyOf(writes);
        }
    }

    /** @return the ids of the partners this load created and got acknowledged, in every call of {@link #run} */
    List<String> partners() {
        synchronized (created) {
            return List.copyOf(created);
        }
    }

    /**
     * Creates one partner now and waits for the answer.
     *
     * @return the write
     */
    Write createPartner() {
        long at = (System.nanoTime() - originNanos) / 1_000_000;
        return write(
                "create-partner",
                "partner",
                at,
                api.post(urls.partners() + "/partners", partner(next++)).join(),
                null);
    }

    /**
     * Patches one partner of this load now and waits for the answer.
     *
     * @param id the partner
     * @return the write
     */
    List<Write> patch(String id) {
        long at = (System.nanoTime() - originNanos) / 1_000_000;
        ObjectNode patch = Api.JSON.createObjectNode().put("locality", tag + " patched once more");
        return List.of(write(
                "patch-partner",
                "partner",
                at,
                api.patch(urls.partners() + "/partners/" + id, patch).join(),
                id));
    }

    private CompletableFuture<Void> send(int i) {
        long at = (System.nanoTime() - originNanos) / 1_000_000;
        if (i % 10 == 3 && !seedPartners.isEmpty()) {
            return record("create-event", "event", at, api.post(urls.events() + "/events", event(i)));
        }
        if (i % 20 == 7 && !seedPartners.isEmpty()) {
            return record(
                    "create-area",
                    "collaboration-area",
                    at,
                    api.post(urls.collaboration() + "/collaboration-areas", area(i)));
        }
        String target;
        synchronized (idlePartners) {
            target = i % 4 != 0 ? idlePartners.pollFirst() : null;
        }
        if (target == null) {
            return record("create-partner", "partner", at, api.post(urls.partners() + "/partners", partner(i)));
        }
        ObjectNode patch =
                Api.JSON.createObjectNode().put("type", TYPES[i % TYPES.length]).put("locality", tag + " write " + i);
        return api.patch(urls.partners() + "/partners/" + target, patch).thenAccept(reply -> {
            writes.add(write("patch-partner", "partner", at, reply, target));
            synchronized (idlePartners) {
                idlePartners.addLast(target);
            }
        });
    }

    private CompletableFuture<Void> record(String kind, String resource, long at, CompletableFuture<Api.Reply> reply) {
        return reply.thenAccept(r -> {
            Write write = write(kind, resource, at, r, null);
            writes.add(write);
            if (kind.equals("create-partner") && write.acknowledged()) {
                created.add(write.id());
                synchronized (idlePartners) {
                    idlePartners.addLast(write.id());
                }
            }
        });
    }

    private static Write write(String kind, String resource, long at, Api.Reply reply, String knownId) {
        JsonNode body = reply.ok() ? reply.body() : null;
        String id = body != null && body.hasNonNull("id") ? body.get("id").asText() : knownId;
        long version = body != null ? body.path("version").asLong(0) : 0;
        return new Write(kind, resource, id, version, reply.status(), reply.error(), at, reply.micros());
    }

    private ObjectNode partner(int i) {
        return Api.JSON
                .createObjectNode()
                .put("code", code("p", i))
                .put("name", "Fault injection partner " + tag + " " + i)
                .put("type", TYPES[i % TYPES.length])
                .put("countryCode", "KH")
                .put("subdivisionCode", "KH-7")
                .put("locality", tag + " write " + i);
    }

    private ObjectNode event(int i) {
        String organizer = seedPartners.get(i % seedPartners.size());
        ObjectNode body = Api.JSON
                .createObjectNode()
                .put("code", code("e", i))
                .put("title", "Fault injection workshop " + tag + " " + i)
                .put("type", "WORKSHOP")
                .put("status", "PLANNED")
                .put("startDate", "2026-03-02")
                .put("endDate", "2026-03-03")
                .put("timeZone", "Asia/Phnom_Penh")
                .put("attendanceMode", "IN_PERSON")
                .put("organizerId", organizer);
        body.putArray("participants").addObject().put("partnerId", organizer).put("role", "ORGANIZER");
        return body;
    }

    private ObjectNode area(int i) {
        ObjectNode body = Api.JSON
                .createObjectNode()
                .put("code", code("a", i))
                .put("title", "Fault injection cooperation " + tag + " " + i)
                .put("theme", "LIFELONG_LEARNING");
        body.putArray("partners")
                .addObject()
                .put("partnerId", seedPartners.get(i % seedPartners.size()))
                .put("role", "LEAD");
        return body;
    }

    private String code(String kind, int i) {
        return ("faults-" + tag + "-" + kind + "-" + i).toLowerCase(Locale.ROOT);
    }
}
