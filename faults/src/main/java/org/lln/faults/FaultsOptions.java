package org.lln.faults;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one fault-injection run does. Fault durations and loads live here, not in the tests.
 *
 * @param shortForm     the CI form: fewer writes, no 3-minute broker outage
 * @param writes        writes per scenario (a fixed count, paced)
 * @param perSecond     pace of the write load
 * @param faultAfter    how far into the load the fault strikes
 * @param brokerOutage  how long the broker stays down in the short broker outage
 * @param longOutage    how long the broker stays down in the long outage (full form only)
 * @param longWrites    writes during the long outage scenario
 * @param postgresDown  how long PostgreSQL stays down
 * @param serviceDown   how long the killed service stays down before it is started again
 * @param convergence   how long to wait, after the load and the recovery, for everything to agree
 * @param shutdownGrace how long a SIGTERMed service may take before it is killed (and the figure reported as "more than")
 * @param results       where the report goes
 */
public record FaultsOptions(boolean shortForm, int writes, int perSecond, Duration faultAfter, Duration brokerOutage,
        Duration longOutage, int longWrites, Duration postgresDown, Duration serviceDown, Duration convergence,
        Duration shutdownGrace, Path results) {

    /**
     * @param args {@code [--short] [--out DIR]}
     * @param root the checkout
     * @return the options
     * @throws IllegalArgumentException for an unknown argument
     */
    public static FaultsOptions parse(String[] args, Path root) {
        boolean shortForm = false;
        Path out = root.resolve("faults/results");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--short" -> shortForm = true;
                case "--out" -> {
                    if (++i >= args.length) {
                        throw new IllegalArgumentException("--out needs a directory");
                    }
                    out = Path.of(args[i]);
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; usage: ./lln faults [--short] [--out DIR]");
            }
        }
        if (shortForm) {
            return new FaultsOptions(true, 300, 20, Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ZERO, 0,
                    Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(45), Duration.ofSeconds(75),
                    out.toAbsolutePath());
        }
        return new FaultsOptions(false, 750, 25, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(3), 2_400,
                Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(120), Duration.ofSeconds(90),
                out.toAbsolutePath());
    }
}
