package org.lln.faults;

import java.io.IOException;
import org.lln.localstack.StackConfig;

/**
 * {@code ./lln faults [--short] [--out DIR]}: runs the fault-injection scenarios against the packaged suite and
 * writes {@code faults.md} and {@code faults.json}. Exit status 0 when every invariant held, 2 when the run
 * finished but an invariant broke (the report says which), 1 when it could not run to the end.
 */
public final class FaultsMain {

    private FaultsMain() {}

    /** @param args see {@link FaultsOptions#parse} */
    public static void main(String[] args) {
        // zonky logs a stack trace when it cannot pg_ctl-stop the postmaster the suite has just SIGKILLed on purpose
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "off");
        int status;
        FaultsOptions options;
        try {
            options = FaultsOptions.parse(args, StackConfig.findRoot());
        } catch (IllegalArgumentException e) {
            System.err.println("lln faults: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            FaultSuite suite = new FaultSuite(options, System.out);
            boolean held = suite.run();
            System.out.println("\nReport: " + suite.reportPath() + " (and faults.json beside it)");
            System.out.println(held ? "Every invariant held." : "Some invariants broke: see the report.");
            status = held ? 0 : 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("lln faults: " + e.getMessage());
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }
}
