package org.lln.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.platform.readmodel.ReadModelStore;
import org.lln.platform.readmodel.ReadModelStore.Applied;
import org.lln.platform.readmodel.ReadModelStore.Outcome;
import org.lln.testsupport.TopicWriter;

/**
 * One poll's records applied together ({@link ReadModelStore#applyAll}) keep the promises record by record
 * (DESIGN.md, Change events), also between records of the same poll: a repeated CloudEvent id applies once, a
 * version only replaces a lower one, a poison record changes nothing and the records after it still apply.
 */
@QuarkusTest
class ReadModelBatchTest {

    @Inject
    ReadModelStore store;

    @Test
    void recordsOfOnePollApplyAsIfOneByOne() {
        UUID partner = UUID.randomUUID();
        UUID repeated = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<byte[]> poll = List.of(
                value(TopicWriter.change(
                                repeated, ResourceType.PARTNER, ChangeType.CREATED, Peers.partner(partner, 0, "ACTIVE"))
                        .json()),
                value(TopicWriter.change(
                                repeated, ResourceType.PARTNER, ChangeType.UPDATED, Peers.partner(partner, 5, "ACTIVE"))
                        .json()),
                value("{\"specversion\":\"1.0\""),
                value(TopicWriter.change(ResourceType.PARTNER, ChangeType.UPDATED, Peers.partner(partner, 2, "ACTIVE"))
                        .json()),
                value(TopicWriter.change(ResourceType.PARTNER, ChangeType.UPDATED, Peers.partner(partner, 1, "ACTIVE"))
                        .json()),
                value(TopicWriter.change(ResourceType.PARTNER, ChangeType.CREATED, Peers.partner(other, 0, "ACTIVE"))
                        .json()),
                value(TopicWriter.change(ResourceType.PARTNER, ChangeType.DELETED, new Deleted(other, 1))
                        .json()));

        List<Applied> results = store.applyAll(poll);

        assertThat(results)
                .extracting(Applied::outcome)
                .containsExactly(
                        Outcome.APPLIED,
                        Outcome.DUPLICATE,
                        null,
                        Outcome.APPLIED,
                        Outcome.STALE,
                        Outcome.APPLIED,
                        Outcome.APPLIED);
        assertThat(results.get(2).poisonReason()).startsWith("not a CloudEvents JSON document");
        assertThat(store.current("partner", partner))
                .hasValueSatisfying(
                        data -> assertThat(data.get("version").asLong()).isEqualTo(2));
        assertThat(store.current("partner", other)).isEmpty();
        assertThat(store.applyAll(poll.subList(3, 4)))
                .extracting(Applied::outcome)
                .containsExactly(Outcome.DUPLICATE);
    }

    private static byte[] value(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
