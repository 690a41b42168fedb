package org.lln.platform.limits;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lln.platform.problem.ProblemType;
import org.lln.platform.problem.RouterProblems;

/**
 * Bounds the request rate of each client (OWASP API Security Top 10 2023, API4 unrestricted resource
 * consumption): one {@link TokenBucket} per bearer token (by its SHA-256, never the token itself), or per
 * client address for requests without one. A request beyond the rate is answered {@code 429}
 * problem+json with {@code Retry-After} (RFC 6585, section 4) before any of it is processed. Health,
 * metrics and the OpenAPI document ({@code /q/...}) are never limited. {@code lln.http.rate-limit.per-second}
 * 0 switches the limit off.
 */
@ApplicationScoped
public class RequestRateLimit {

    /** Buckets kept before full ones (idle clients) are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    RouterProblems problems;

    @ConfigProperty(name = "lln.http.rate-limit.per-second", defaultValue = "200")
    int perSecond;

    @ConfigProperty(name = "lln.http.rate-limit.burst", defaultValue = "400")
    int burst;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        if (perSecond > 0) {
            router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
        }
    }

    private void limit(RoutingContext ctx) {
        if (ctx.normalizedPath().startsWith("/q/")) {
            ctx.next();
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        long retryAfter = buckets.computeIfAbsent(key(ctx), k -> new TokenBucket(perSecond, Math.max(1, burst), now))
                .take(now);
        if (retryAfter == 0) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.respond(
                ctx,
                ProblemType.TOO_MANY_REQUESTS,
                "More than " + perSecond + " requests per second (bursts of " + burst
                        + ") from this client; retry after " + retryAfter + " s.");
    }

    private static String key(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return "token:" + sha256(authorization);
        }
        return "address:"
                + (ctx.request().remoteAddress() == null
                        ? "unknown"
                        : ctx.request().remoteAddress().hostAddress());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
