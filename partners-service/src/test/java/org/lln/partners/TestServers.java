package org.lln.partners;

import io.quarkus.test.common.QuarkusTestResource;
import org.lln.testsupport.JwtTestResource;
import org.lln.testsupport.KafkaTestResource;
import org.lln.testsupport.PostgresTestResource;

/** Starts a real PostgreSQL, a real Kafka broker and a token-signing key once for every test of this module. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class TestServers {

    private TestServers() {}
}
