package org.lln.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives HTTP load with wrk (Debian's package, installed when missing) at a fixed number of connections
 * for a fixed time. Each run's requests come from a small generated Lua script; its {@code done} hook
 * prints the latency percentiles as one JSON line, so p99.9 is wrk's own figure, not an estimate.
 */
public final class Wrk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int threads;
    private final int connections;
    private final Duration duration;
    private final Path scripts;

    /**
     * @param threads     wrk threads ({@code -t})
     * @param connections open connections ({@code -c}), the fixed concurrency
     * @param duration    length of each run ({@code -d})
     * @param scripts     directory for the generated Lua scripts (kept, so a reader can rerun a command)
     */
    public Wrk(int threads, int connections, Duration duration, Path scripts) {
        this.threads = threads;
        this.connections = connections;
        this.duration = duration;
        this.scripts = scripts;
    }

    /**
     * Installs Debian's wrk with apt-get when it is not on the PATH.
     *
     * @return the wrk version line
     * @throws IOException when wrk is missing and cannot be installed
     */
    public static String ensureInstalled() throws IOException {
        if (!onPath("wrk")) {
            System.out.println("wrk is missing: installing Debian's package (apt-get update; apt-get install wrk) ...");
            Command.run(List.of("apt-get", "update", "-qq"), Map.of(), Duration.ofMinutes(5));
            Command.run(
                    List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"),
                    Map.of("DEBIAN_FRONTEND", "noninteractive"),
                    Duration.ofMinutes(5));
        }
        try {
            return "wrk "
                    + Command.run(List.of("dpkg-query", "-W", "-f=${Version}", "wrk"), Map.of(), Duration.ofSeconds(10))
                            .output()
                            .trim()
                    + " (Debian package)";
        } catch (IOException e) {
            return "wrk (not from a Debian package)";
        }
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * GETs {@code path + ids[i]}, cycling through the ids in a fixed scattered order.
     *
     * @param name    the figure's name
     * @param baseUrl the service, e.g. {@code http://localhost:8081}
     * @param path    e.g. {@code /partners/}
     * @param ids     ids to read (at most the first 2000 are used)
     * @return the figures
     * @throws IOException when wrk fails
     */
    public Measure getById(String name, String baseUrl, String path, List<String> ids) throws IOException {
        String script = idsTable(ids) + """
                local i = 0
                request = function()
                    i = i + 1
                    return wrk.format("GET", "%s" .. ids[(i * 7919) %% #ids + 1])
                end
                """.formatted(path);
        return run(name, baseUrl + path, script);
    }

    /**
     * GETs {@code path + ids[i]} as {@link #getById} does, with {@code If-None-Match: *}: a conditional GET
     * that any existing version matches (RFC 9110, section 13.1.2), so the service answers 304.
     *
     * @param name    the figure's name
     * @param baseUrl the service
     * @param path    e.g. {@code /partners/}
     * @param ids     ids to read
     * @return the figures
     * @throws IOException when wrk fails
     */
    public Measure getByIdNotModified(String name, String baseUrl, String path, List<String> ids) throws IOException {
        String script = idsTable(ids) + """
                wrk.headers["If-None-Match"] = "*"
                local i = 0
                request = function()
                    i = i + 1
                    return wrk.format("GET", "%s" .. ids[(i * 7919) %% #ids + 1])
                end
                """.formatted(path);
        return run(name, baseUrl + path, script);
    }

    /**
     * GETs one URL again and again, e.g. a filtered, sorted list page.
     *
     * @param name the figure's name
     * @param url  the full URL
     * @return the figures
     * @throws IOException when wrk fails
     */
    public Measure get(String name, String url) throws IOException {
        return run(name, url, "");
    }

    /**
     * POSTs a JSON body made by the Lua expression {@code bodyExpression} (which may use {@code n}, a
     * number unique within the run, and {@code tag}, unique to the run and thread).
     *
     * @param name           the figure's name
     * @param url            collection URL
     * @param authorization  Authorization header value
     * @param bodyExpression a Lua string expression
     * @return the figures
     * @throws IOException when wrk fails
     */
    public Measure post(String name, String url, String authorization, String bodyExpression) throws IOException {
        String script = writeHeaders(authorization, "application/json") + """
                request = function()
                    n = n + 1
                    return wrk.format("POST", nil, nil, %s)
                end
                """.formatted(bodyExpression);
        return run(name, url, script);
    }

    /**
     * PATCHes {@code path + id} with a JSON Merge Patch made by {@code bodyExpression}, each thread walking
     * the ids from its own offset so no two in-flight requests touch the same resource.
     *
     * @param name           the figure's name
     * @param baseUrl        the service
     * @param path           e.g. {@code /partners/}
     * @param ids            ids to patch
     * @param authorization  Authorization header value
     * @param bodyExpression a Lua string expression (may use {@code n} and {@code tag})
     * @return the figures
     * @throws IOException when wrk fails
     */
    public Measure patch(
            String name, String baseUrl, String path, List<String> ids, String authorization, String bodyExpression)
            throws IOException {
        String script = idsTable(ids)
                + writeHeaders(authorization, "application/merge-patch+json")
                + """
                request = function()
                    n = n + 1
                    local id = ids[(n * %d + thread_index) %% #ids + 1]
                    return wrk.format("PATCH", "%s" .. id, nil, %s)
                end
                """.formatted(threads, path, bodyExpression);
        return run(name, baseUrl + path, script);
    }

    private static String writeHeaders(String authorization, String contentType) {
        return """
                wrk.headers["Authorization"] = "%s"
                wrk.headers["Content-Type"] = "%s"
                local next_thread = 0
                function setup(thread)
                    thread:set("thread_index", next_thread)
                    thread:set("tag", string.format("%%x%%d", os.time(), next_thread))
                    next_thread = next_thread + 1
                end
                n = 0
                """.formatted(authorization, contentType);
    }

    private static String idsTable(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids to request");
        }
        StringBuilder lua = new StringBuilder("local ids = {");
        ids.stream().limit(2000).forEach(id -> lua.append('"').append(id).append("\",\n"));
        return lua.append("}\n").toString();
    }

    private Measure run(String name, String url, String requestScript) throws IOException {
        Files.createDirectories(scripts);
        Path script = scripts.resolve(name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + ".lua");
        Files.writeString(script, requestScript + DONE);
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + duration.toSeconds() + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                url));
        Command done = Command.run(command, Map.of(), duration.plusSeconds(30));
        String line = done.output()
                .lines()
                .filter(l -> l.startsWith("LLN-RESULT "))
                .findFirst()
                .orElseThrow(() -> new IOException("wrk printed no result:\n" + done.output()));
        JsonNode r = JSON.readTree(line.substring("LLN-RESULT ".length()));
        double seconds = r.path("durationUs").asDouble() / 1e6;
        long errors = r.path("status").asLong()
                + r.path("connect").asLong()
                + r.path("read").asLong()
                + r.path("write").asLong()
                + r.path("timeout").asLong();
        long requests = r.path("requests").asLong();
        return new Measure(
                name,
                (requests - errors) / seconds,
                r.path("p50").asDouble() / 1000,
                r.path("p99").asDouble() / 1000,
                r.path("p999").asDouble() / 1000,
                requests,
                errors,
                done.text());
    }

    /** wrk's end-of-run hook: latency percentiles in microseconds and error counts, as one JSON line. */
    private static final String DONE = """

            done = function(summary, latency, requests)
                local e = summary.errors
                io.write(string.format('LLN-RESULT {"requests":%d,"durationUs":%d,"status":%d,"connect":%d,'
                    .. '"read":%d,"write":%d,"timeout":%d,"p50":%d,"p99":%d,"p999":%d}\\n',
                    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
                    latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
            end
            """;
}
