package org.lln.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

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
 * @param only          the scenarios to run, by name; empty for all of the form's scenarios
 * @param cluster       the cluster form: three Kafka brokers and two instances of each service, and the chaos scenario
 */
public record FaultsOptions(
        boolean shortForm,
        int writes,
        int perSecond,
        Duration faultAfter,
        Duration brokerOutage,
        Duration longOutage,
        int longWrites,
        Duration postgresDown,
        Duration serviceDown,
        Duration convergence,
        Duration shutdownGrace,
        Path results,
        Set<String> only,
        boolean cluster) {

    /**
     * @param args {@code [--short] [--cluster] [--out DIR] [--only NAME,NAME]}
     * @param root the checkout
     * @return the options
     * @throws IllegalArgumentException for an unknown argument
     */
    public static FaultsOptions parse(String[] args, Path root) {
        boolean shortForm = false;
        Path out = null;
        Set<String> only = Set.of();
        boolean cluster = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--short" -> shortForm = true;
                case "--cluster" -> cluster = true;
                case "--out" -> {
                    if (++i >= args.length) {
                        throw new IllegalArgumentException("--out needs a directory");
                    }
                    out = Path.of(args[i]);
                }
                case "--only" -> {
                    if (++i >= args.length) {
                        throw new IllegalArgumentException(
                                "--only needs scenario names, for example broker-kill,poison-records");
                    }
                    only = Set.of(args[i].split(","));
                }
                default ->
                    throw new IllegalArgumentException("unknown argument '" + args[i]
                            + "'; usage: ./lln faults [--short] [--cluster] [--out DIR] [--only NAME,NAME]");
            }
        }
        if (out == null) {
            out = root.resolve(cluster ? "faults/results/cluster" : "faults/results");
        }
        if (shortForm) {
            return new FaultsOptions(
                    true,
                    300,
                    20,
                    Duration.ofSeconds(3),
                    Duration.ofSeconds(10),
                    Duration.ZERO,
                    0,
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(45),
                    Duration.ofSeconds(75),
                    out.toAbsolutePath(),
                    only,
                    cluster);
        }
        return new FaultsOptions(
                false,
                750,
                25,
                Duration.ofSeconds(5),
                Duration.ofSeconds(15),
                Duration.ofMinutes(3),
                2_400,
                Duration.ofSeconds(10),
                Duration.ofSeconds(3),
                Duration.ofSeconds(120),
                Duration.ofSeconds(90),
                out.toAbsolutePath(),
                only,
                cluster);
    }
}
