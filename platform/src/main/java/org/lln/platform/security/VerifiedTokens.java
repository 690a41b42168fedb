package org.lln.platform.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the bearer tokens SmallRye JWT's parser verified ({@link VerifiedTokenCache}), so a partner system
 * writing many times with the same token pays for the RSA signature check once a minute instead of on every
 * request (7-8 % of a write's CPU in a JFR profile of partners-service). A token is never trusted past its
 * {@code exp}; a change of the verification key takes effect within {@link VerifiedTokenCache#AT_MOST}; a refused
 * token is checked again each time.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    private final VerifiedTokenCache cache = new VerifiedTokenCache(Clock.systemUTC());

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        return cache.verified(bearerToken, parser::parse);
    }
}
