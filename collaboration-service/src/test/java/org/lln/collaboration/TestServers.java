package org.lln.collaboration;

import io.quarkus.test.common.QuarkusTestResource;
import org.lln.testsupport.KafkaTestResource;
import org.lln.testsupport.PostgresTestResource;

/** Starts a real PostgreSQL and a real Kafka broker once for every test of this module. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
public final class TestServers {

    private TestServers() {
    }
}
