package org.lln.platform.security;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens a verifier accepted, each trusted until its {@code exp} or for {@link #AT_MOST} after it was
 * verified, whichever comes first. A token the verifier refused is not remembered. Thread-safe.
 */
final class VerifiedTokenCache {

    /** How long a verified token is trusted without checking its signature again. */
    static final Duration AT_MOST = Duration.ofSeconds(60);

    /** Entries kept before the expired ones are dropped (and all of them, if none had expired). */
    private static final int SWEEP_ABOVE = 10_000;

    /** Checks a token's signature and claims, as SmallRye JWT's parser does. */
    @FunctionalInterface
    interface Verifier {
        JsonWebToken verify(String bearerToken) throws ParseException;
    }

    private record Verified(JsonWebToken token, long untilMillis) {}

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedTokenCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param bearerToken the token as the request carried it
     * @param verifier    checks it when it is not trusted already
     * @return the verified token
     * @throws ParseException when the verifier refuses it
     */
    JsonWebToken verified(String bearerToken, Verifier verifier) throws ParseException {
        long now = clock.millis();
        Verified known = verified.get(bearerToken);
        if (known != null) {
            if (now < known.untilMillis()) {
                return known.token();
            }
            verified.remove(bearerToken, known);
        }
        JsonWebToken token = verifier.verify(bearerToken);
        long until = Math.min(now + AT_MOST.toMillis(), token.getExpirationTime() * 1000);
        if (until > now) {
            if (verified.size() >= SWEEP_ABOVE) {
                verified.values().removeIf(entry -> entry.untilMillis() <= now);
                if (verified.size() >= SWEEP_ABOVE) {
                    verified.clear();
                }
            }
            verified.put(bearerToken, new Verified(token, until));
        }
        return token;
    }
}
