package org.lln.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.lln.platform.dependency.DependencyProbe;
import org.lln.platform.messaging.ChangeConsumer;

/**
 * Readiness: one check for the database and one for Kafka, answered from {@link DependencyProbe}'s
 * latest result without waiting on either. Liveness depends on neither: a service whose database or
 * broker is away keeps serving what it can and recovers by itself.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    DependencyProbe probe;

    @Inject
    ChangeConsumer consumer;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> check("Database connection (PostgreSQL)", probe::database).build();
    }

    @Produces
    @Readiness
    HealthCheck kafka() {
        return () -> {
            HealthCheckResponseBuilder response = check("Kafka broker", probe::kafka);
            if (consumer.retryingSince() != null) {
                response.withData(
                        "readModelsRetryingSince", consumer.retryingSince().toString());
            }
            return response.build();
        };
    }

    private static HealthCheckResponseBuilder check(String name, Supplier<DependencyProbe.State> state) {
        DependencyProbe.State current = state.get();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name)
                .status(current.up())
                .withData("since", current.since().toString());
        if (!current.up()) {
            response.withData("reason", String.valueOf(current.reason()));
        }
        return response;
    }
}
