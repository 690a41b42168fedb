package org.lln.dashboard.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.lln.dashboard.network.Change;
import org.lln.dashboard.network.ChangeParser;
import org.lln.dashboard.network.Dashboard;
import org.lln.dashboard.network.UnreadableRecordException;

/**
 * Feeds the dashboard from {@code lln.partners}, {@code lln.events} and {@code lln.collaboration-areas},
 * every partition from its beginning, a poll's records at a time (see application.properties): the records
 * are read outside the dashboard's lock, then applied in their order under one acquisition of it. A record
 * that is not a change event of the suite (including one whose data breaks its resource's schema) is logged,
 * counted in the summary's {@code consumption.skippedRecords} and skipped: the dashboard only reads, so there
 * is nothing to retry, and a dead-letter copy would be written again at every restart, since every start
 * reads the topics anew.
 */
@ApplicationScoped
public class ChangeConsumer {

    private static final Logger LOG = Logger.getLogger(ChangeConsumer.class);

    private final Dashboard dashboard;
    private final ChangeParser parser;

    /** @param dashboard receives the changes */
    public ChangeConsumer(Dashboard dashboard) {
        this.dashboard = dashboard;
        this.parser = new ChangeParser();
    }

    /** @param records a poll's records of {@code lln.partners} */
    @Incoming("partners")
    public void partners(ConsumerRecords<String, byte[]> records) {
        consume(records);
    }

    /** @param records a poll's records of {@code lln.events} */
    @Incoming("events")
    public void events(ConsumerRecords<String, byte[]> records) {
        consume(records);
    }

    /** @param records a poll's records of {@code lln.collaboration-areas} */
    @Incoming("collaboration-areas")
    public void collaborationAreas(ConsumerRecords<String, byte[]> records) {
        consume(records);
    }

    private void consume(ConsumerRecords<String, byte[]> records) {
        List<Change> changes = new ArrayList<>(records.count());
        int skipped = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                changes.add(parser.parse(record.value()));
            } catch (UnreadableRecordException e) {
                LOG.warnf(
                        "Skipped record %s-%d@%d: %s",
                        record.topic(), record.partition(), record.offset(), e.getMessage());
                skipped++;
            }
        }
        dashboard.acceptAll(changes, skipped);
    }
}
