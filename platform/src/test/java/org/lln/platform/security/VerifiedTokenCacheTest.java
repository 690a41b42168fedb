package org.lln.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * What the cache of verified tokens trusts: only tokens the parser accepted, never past their {@code exp}, and never
 * longer than a minute without checking them again. The verifier behind it is a stand-in that counts its calls:
 * the signature check itself is SmallRye JWT's, tested over HTTP in every service's authorization tests.
 */
class VerifiedTokenCacheTest {

    private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

    private final Map<String, Long> expiry = new HashMap<>();
    private final Map<String, Integer> checks = new HashMap<>();
    private Instant now = START;
    private final VerifiedTokenCache cache = new VerifiedTokenCache(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aTokenUsedAgainWithinAMinuteIsCheckedOnce() throws ParseException {
        expiry.put("valid", START.plus(Duration.ofHours(1)).getEpochSecond());
        assertThat(parse("valid").getName()).isEqualTo("valid");
        at(START.plusSeconds(59));
        assertThat(parse("valid").getName()).isEqualTo("valid");
        assertThat(checks.get("valid")).isEqualTo(1);
    }

    @Test
    void aTokenIsCheckedAgainAfterAMinute() throws ParseException {
        expiry.put("valid", START.plus(Duration.ofHours(1)).getEpochSecond());
        parse("valid");
        at(START.plus(VerifiedTokenCache.AT_MOST));
        parse("valid");
        assertThat(checks.get("valid")).isEqualTo(2);
    }

    @Test
    void aTokenIsNeverTrustedPastItsExpiry() throws ParseException {
        expiry.put("short", START.plusSeconds(10).getEpochSecond());
        parse("short");
        at(START.plusSeconds(10));
        assertThatThrownBy(() -> parse("short")).isInstanceOf(ParseException.class);
        assertThat(checks.get("short")).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsNotRememberedAndIsCheckedEachTime() {
        assertThatThrownBy(() -> parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse("forged")).isInstanceOf(ParseException.class);
        assertThat(checks.get("forged")).isEqualTo(2);
    }

    private void at(Instant instant) {
        now = instant;
    }

    private JsonWebToken parse(String token) throws ParseException {
        return cache.verified(token, this::check);
    }

    /** Accepts the tokens in {@link #expiry} until their expiry, as a JWT parser would; counts its calls. */
    private JsonWebToken check(String token) throws ParseException {
        checks.merge(token, 1, Integer::sum);
        Long exp = expiry.get(token);
        if (exp == null || now.getEpochSecond() >= exp) {
            throw new ParseException("refused: " + token);
        }
        return new Token(token, exp);
    }

    private record Token(String name, long exp) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return "exp".equals(claim) ? (T) Long.valueOf(exp) : null;
        }
    }
}
