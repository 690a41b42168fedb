package org.lln.partners.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lln.platform.readmodel.ReadModelStore;

/**
 * Keeps this service's read models of events and collaboration areas, consuming {@code lln.events}
 * and {@code lln.collaboration-areas} as consumer group {@code partners-service}. A record that cannot
 * be applied goes to {@code partners-service.dlq} (see application.properties) and consumption goes on.
 */
@ApplicationScoped
public class ReadModelConsumer {

    @Inject
    ReadModelStore store;

    /** @param value a CloudEvent of {@code lln.events} */
    @Incoming("events")
    @Blocking(ordered = true)
    public void event(byte[] value) {
        store.apply(value);
    }

    /** @param value a CloudEvent of {@code lln.collaboration-areas} */
    @Incoming("collaboration-areas")
    @Blocking(ordered = true)
    public void collaborationArea(byte[] value) {
        store.apply(value);
    }
}
