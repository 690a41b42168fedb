package org.lln.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The authorization settings ({@code lln.security.*}), read once at start: {@link Caller} is created for every
 * request, and a {@code @ConfigProperty} on it would look the value up each time (3 % of a write's CPU in a JFR
 * profile of partners-service).
 */
@ConfigMapping(prefix = "lln.security")
public interface SecuritySettings {

    /**
     * @return whether role {@code editor} without a {@code partner} claim may write, as before partner-scoped
     *     writes ({@code LLN_UNSCOPED_EDITORS}; off by default)
     */
    @WithDefault("false")
    boolean unscopedEditors();
}
