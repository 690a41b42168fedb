package org.lln.collaboration.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lln.platform.readmodel.ReadModelStore;

/**
 * Keeps this service's read models of partners and events, consuming {@code lln.partners} and
 * {@code lln.events} as consumer group {@code collaboration-service}; they back the 422 checks of
 * partner and event references. A record that cannot be applied goes to
 * {@code collaboration-service.dlq} (see application.properties) and consumption goes on.
 */
@ApplicationScoped
public class ReadModelConsumer {

    @Inject
    ReadModelStore store;

    /** @param value a CloudEvent of {@code lln.partners} */
    @Incoming("partners")
    @Blocking(ordered = true)
    public void partner(byte[] value) {
        store.apply(value);
    }

    /** @param value a CloudEvent of {@code lln.events} (events and event series) */
    @Incoming("events")
    @Blocking(ordered = true)
    public void event(byte[] value) {
        store.apply(value);
    }
}
