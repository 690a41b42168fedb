package org.lln.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox and its relay ({@code lln.outbox.*}). */
@ConfigMapping(prefix = "lln.outbox")
public interface OutboxConfig {

    /** @return the CloudEvents {@code source} of this service, e.g. {@code /partners-service} */
    String source();

    /** @return how many rows the relay reads, sends and marks at a time */
    @WithDefault("200")
    int batchSize();

    /** @return how often the relay sweeps for rows left behind (another instance's, or after a failure) */
    @WithDefault("1s")
    Duration sweepInterval();

    /** @return how long published rows stay for the HTTP change feed before they are pruned */
    @WithDefault("7d")
    Duration retention();

    /** @return whether the relay runs in this instance */
    @WithDefault("true")
    boolean relayEnabled();
}
