package org.lln.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whole suite's state at one moment, as the checks compare it: every record of the three topics and the
 * dead-letter topics, each owner's rows (id and version, by JDBC on its own database), each consumer's read
 * model (table {@code read_model} of its database), and the dashboard's summary.
 *
 * @param topics     records by topic
 * @param deadLetters records by dead-letter topic
 * @param owners     resource type to id to version, from the owning service's database
 * @param partnerTypes partners per {@code type}, from partners-service's database
 * @param readModels consumer service to resource type to id to row
 * @param dashboard  {@code GET /api/summary}, or null when it did not answer
 */
record Snapshot(
        Map<String, TopicRecords> topics,
        Map<String, TopicRecords> deadLetters,
        Map<String, Map<String, Long>> owners,
        Map<String, Long> partnerTypes,
        Map<String, Map<String, Map<String, ReadModelRow>>> readModels,
        JsonNode dashboard) {

    /** A resource type: its topic, its owner's database and table, and the services that keep a read model of it. */
    record Resource(String type, String topic, String ownerDatabase, String table, List<String> consumers) {}

    /** The suite's resources (DESIGN.md) and who consumes them (each service's application.properties). */
    static final List<Resource> RESOURCES = List.of(
            new Resource(
                    "partner",
                    "lln.partners",
                    "partners",
                    "partner",
                    List.of("events-service", "collaboration-service")),
            new Resource(
                    "event", "lln.events", "events", "event", List.of("partners-service", "collaboration-service")),
            new Resource(
                    "collaboration-area",
                    "lln.collaboration-areas",
                    "collaboration",
                    "collaboration_area",
                    List.of("partners-service")));

    /** The dead-letter topics, {@code <consumer group>.dlq}. */
    static final List<String> DEAD_LETTER_TOPICS =
            List.of("partners-service.dlq", "events-service.dlq", "collaboration-service.dlq");

    /** Databases of the services, by service name. */
    static final Map<String, String> DATABASES = Map.of(
            "partners-service", "partners", "events-service", "events", "collaboration-service", "collaboration");

    /**
     * A read-model row.
     *
     * @param version its version
     * @param deleted whether it is a tombstone
     */
    record ReadModelRow(long version, boolean deleted) {}

    /**
     * @param bootstrapServers the broker
     * @param jdbcUrl          database name to JDBC URL
     * @param api              the HTTP client
     * @param dashboardUrl     the dashboard's base URL
     * @return the state now
     * @throws SQLException when a database cannot be read
     */
    static Snapshot take(String bootstrapServers, Function<String, String> jdbcUrl, Api api, String dashboardUrl)
            throws SQLException {
        Map<String, TopicRecords> topics = new LinkedHashMap<>();
        for (Resource r : RESOURCES) {
            topics.put(r.topic(), TopicRecords.read(bootstrapServers, r.topic(), Duration.ofSeconds(30)));
        }
        Map<String, TopicRecords> dlq = new LinkedHashMap<>();
        for (String topic : DEAD_LETTER_TOPICS) {
            dlq.put(topic, TopicRecords.read(bootstrapServers, topic, Duration.ofSeconds(30)));
        }
        Map<String, Map<String, Long>> owners = new LinkedHashMap<>();
        Map<String, Long> partnerTypes = new TreeMap<>();
        for (Resource r : RESOURCES) {
            try (Connection c = connect(jdbcUrl.apply(r.ownerDatabase()));
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select id, version from " + r.table())) {
                Map<String, Long> versions = new HashMap<>();
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
                owners.put(r.type(), versions);
            }
        }
        try (Connection c = connect(jdbcUrl.apply("partners"));
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select type, count(*) from partner group by type")) {
            while (rows.next()) {
                partnerTypes.put(rows.getString(1), rows.getLong(2));
            }
        }
        Map<String, Map<String, Map<String, ReadModelRow>>> readModels = new LinkedHashMap<>();
        for (String service : List.of("partners-service", "events-service", "collaboration-service")) {
            Map<String, Map<String, ReadModelRow>> byType = new TreeMap<>();
            try (Connection c = connect(jdbcUrl.apply(DATABASES.get(service)));
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery(
                            "select resource_type, cast(id as text), version, deleted from read_model")) {
                while (rows.next()) {
                    byType.computeIfAbsent(rows.getString(1), t -> new HashMap<>())
                            .put(rows.getString(2), new ReadModelRow(rows.getLong(3), rows.getBoolean(4)));
                }
            }
            readModels.put(service, byType);
        }
        Api.Reply summary = api.get(dashboardUrl + "/api/summary", Duration.ofSeconds(10));
        return new Snapshot(
                topics, dlq, owners, partnerTypes, readModels, summary.status() == 200 ? summary.body() : null);
    }

    static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.put("user", "postgres");
        p.put("password", "postgres");
        p.put("connectTimeout", "5");
        p.put("socketTimeout", "30");
        return DriverManager.getConnection(url, p);
    }

    /**
     * Where a consumer's read model differs from the owner: {@code service/type/id: why}.
     *
     * @return the differences, sorted
     */
    Map<String, String> readModelDifferences() {
        Map<String, String> differences = new TreeMap<>();
        for (Resource r : RESOURCES) {
            Map<String, Long> owner = owners.get(r.type());
            for (String consumer : r.consumers()) {
                Map<String, ReadModelRow> model =
                        readModels.getOrDefault(consumer, Map.of()).getOrDefault(r.type(), Map.of());
                owner.forEach((id, version) -> {
                    ReadModelRow row = model.get(id);
                    if (row == null || row.deleted()) {
                        differences.put(
                                consumer + "/" + r.type() + "/" + id, "missing (owner has version " + version + ")");
                    } else if (row.version() != version) {
                        differences.put(
                                consumer + "/" + r.type() + "/" + id,
                                "version " + row.version() + ", owner " + version);
                    }
                });
                model.forEach((id, row) -> {
                    if (!row.deleted() && !owner.containsKey(id)) {
                        differences.put(
                                consumer + "/" + r.type() + "/" + id,
                                "not in the owner's database (version " + row.version() + ")");
                    }
                });
            }
        }
        return differences;
    }

    /**
     * @param ids ids to look for
     * @return {@code service/type/id} of every read-model row, whatever its type, whose id is one of {@code ids}
     */
    List<String> readModelRowsWithIds(Collection<String> ids) {
        List<String> found = new ArrayList<>();
        readModels.forEach((service, byType) -> byType.forEach((type, rows) -> rows.keySet().stream()
                .filter(ids::contains)
                .forEach(id -> found.add(service + "/" + type + "/" + id))));
        return found;
    }

    /**
     * Where the dashboard's counts differ from the owners' databases.
     *
     * @return {@code figure: dashboard vs owner}, empty when they agree
     */
    Map<String, String> dashboardDifferences() {
        Map<String, String> differences = new TreeMap<>();
        if (dashboard == null) {
            differences.put("summary", "no answer");
            return differences;
        }
        compare(
                differences,
                "partners",
                dashboard.path("counters").path("partners").asLong(-1),
                owners.get("partner").size());
        compare(
                differences,
                "events",
                dashboard.path("counters").path("events").asLong(-1),
                owners.get("event").size());
        compare(
                differences,
                "collaborationAreas",
                dashboard.path("counters").path("collaborationAreas").asLong(-1),
                owners.get("collaboration-area").size());
        Map<String, Long> byType = new TreeMap<>();
        dashboard
                .path("partners")
                .path("byType")
                .fields()
                .forEachRemaining(f -> byType.put(f.getKey(), f.getValue().asLong()));
        byType.values().removeIf(v -> v == 0);
        if (!byType.equals(partnerTypes)) {
            differences.put("partners.byType", byType + " vs owner " + partnerTypes);
        }
        return differences;
    }

    private static void compare(Map<String, String> differences, String figure, long dashboard, long owner) {
        if (dashboard != owner) {
            differences.put(figure, dashboard + " vs owner " + owner);
        }
    }
}
