package org.lln.collaboration;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.lln.contract.ResourceType;
import org.lln.testsupport.ReadModelSemantics;

/**
 * The platform's read-model promises, checked once for the whole suite here, on the partners this service
 * learns from {@code lln.partners}.
 */
@QuarkusTest
class ReadModelSemanticsTest extends ReadModelSemantics {

    @Override
    protected String deadLetterTopic() {
        return "collaboration-service.dlq";
    }

    @Override
    protected ResourceType consumed() {
        return ResourceType.PARTNER;
    }

    @Override
    protected Map<String, Object> data(UUID id, long version) {
        return Peers.partner(id, version, "ACTIVE");
    }
}
