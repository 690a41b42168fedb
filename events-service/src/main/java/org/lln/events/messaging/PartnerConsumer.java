package org.lln.events.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.lln.platform.readmodel.ReadModelStore;

/**
 * Keeps this service's read model of partners, consuming {@code lln.partners} as consumer group
 * {@code events-service}: idempotent and order-tolerant through {@link ReadModelStore}. A record that
 * cannot be applied goes to {@code events-service.dlq} with the reason in its headers (see
 * application.properties) and consumption goes on.
 */
@ApplicationScoped
public class PartnerConsumer {

    @Inject
    ReadModelStore store;

    /** @param value a CloudEvent of {@code lln.partners} */
    @Incoming("partners")
    @Blocking(ordered = true)
    public void partner(byte[] value) {
        store.apply(value);
    }
}
