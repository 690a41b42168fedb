package org.lln.dashboard;

import io.quarkus.test.common.QuarkusTestResource;
import org.lln.testsupport.KafkaTestResource;

/** Starts a real Kafka broker once for every test of this module. */
@QuarkusTestResource(KafkaTestResource.class)
public final class TestServers {

    private TestServers() {}
}
