package org.lln.dashboard.network;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The dashboard's settings ({@code lln.dashboard.*}, see application.properties and the README). */
@ConfigMapping(prefix = "lln.dashboard")
public interface DashboardConfig {

    /** @return base URL of partners-service as a browser reaches it, e.g. {@code http://localhost:8081} */
    String partnersUrl();

    /** @return base URL of events-service as a browser reaches it */
    String eventsUrl();

    /** @return base URL of collaboration-service as a browser reaches it */
    String collaborationUrl();

    /** @return the network's time zone: an action item is overdue after its due date there */
    ZoneId timeZone();

    /**
     * @return the Kafka consumer group, {@code network-dashboard-<random>}: new at every start, so each start
     *         and each instance reads every partition from the beginning
     */
    String groupId();

    /** @return how many of the latest changes the summary lists */
    @WithDefault("30")
    int latestChanges();

    /** @return how many deltas are kept for clients that reconnect to the stream */
    @WithDefault("500")
    int replayedDeltas();
}
