package org.lln.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.lln.platform.problem.ProblemException;

/**
 * The caller of the current request and what it may write (DESIGN.md, HTTP conventions; OWASP API
 * Security Top 10 2023, API1 broken object level authorization). A token may act for a partner, named by
 * the partner's code in its {@value #PARTNER_CLAIM} claim: it then writes only what that partner is
 * responsible for, which each service's service layer decides per resource and checks with
 * {@link #require}. Role {@code admin} writes everything. A token with role {@code editor} and no partner
 * is refused unless the operator allows it ({@code lln.security.unscoped-editors=true}, the behaviour
 * before partner-scoped writes).
 */
@RequestScoped
public class Caller {

    /** The claim naming the partner a token acts for: the partner's {@code code}, e.g. {@code moeys}. */
    public static final String PARTNER_CLAIM = "partner";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    PartnerDirectory partners;

    @Inject
    SecuritySettings settings;

    private Actor actor;

    /**
     * @return who is writing: the token's subject and the partner it acts for
     * @throws ProblemException 403 when the token names a partner this service does not know, or carries
     *                          role editor without a partner while unscoped editors are not allowed
     */
    public Actor actor() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    /**
     * Refuses, before the resource is even looked up, a token that may write nothing here.
     *
     * @throws ProblemException 403 as {@link #actor()}
     */
    public void requireWriter() {
        actor();
    }

    /** @return whether the caller writes everything: role admin, or an unscoped editor the operator allows */
    public boolean writesEverything() {
        return identity.hasRole(Roles.ADMIN) || actor().partnerId() == null;
    }

    /**
     * @param partnerId a partner id, or null
     * @return whether the caller acts for this partner
     */
    public boolean actsFor(UUID partnerId) {
        return partnerId != null && partnerId.equals(actor().partnerId());
    }

    /**
     * Lets the write go on when the caller writes everything or its partner is responsible.
     *
     * @param responsible whether the caller's partner is responsible for what the write touches
     * @param rule        the rule that was broken, in words a partner system's developer can act on
     * @throws ProblemException 403 naming the rule otherwise
     */
    public void require(boolean responsible, String rule) {
        requireWriter();
        if (!responsible && !writesEverything()) {
            throw forbidden(rule);
        }
    }

    private Actor resolve() {
        String subject = token != null && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
        Optional<String> code = claim();
        if (code.isPresent()) {
            UUID partnerId = partners.idOf(code.get())
                    .orElseThrow(() -> forbidden("The token acts for partner '"
                            + code.get() + "', which this service does not know (yet); a partner created a moment ago "
                            + "reaches the other services within seconds."));
            return new Actor(subject, partnerId);
        }
        if (!identity.hasRole(Roles.ADMIN) && !settings.unscopedEditors()) {
            throw forbidden("A token with role editor must name the partner it acts for in its '" + PARTNER_CLAIM
                    + "' claim (the partner's code).");
        }
        return new Actor(subject, null);
    }

    private Optional<String> claim() {
        Object value = token == null ? null : token.getClaim(PARTNER_CLAIM);
        String code = value instanceof JsonString json
                ? json.getString().trim()
                : value == null ? null : value.toString().trim();
        return code == null || code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    private static ProblemException forbidden(String rule) {
        return ProblemException.forbidden(rule + " (OWASP API1:2023, object level authorization)");
    }
}
