package org.lln.faults;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records a scenario put on the topics itself, so that the checks do not count them as the relay's.
 *
 * @param eventIds  CloudEvent ids injected a second time (duplicates)
 * @param positions {@code topic:partition:offset} of every injected valid record
 * @param poison    the poison values, which every consumer must dead-letter
 * @param poisonPositions {@code topic:partition:offset} of each poison record, in the order of {@code poison}
 * @param poisonIds the ids (keys and {@code data.id}) of the poison records, which no read model may hold
 */
record Injected(
        Set<String> eventIds,
        Set<String> positions,
        List<byte[]> poison,
        List<String> poisonPositions,
        Set<String> poisonIds) {

    /** Nothing injected. */
    static final Injected NONE = new Injected(Set.of(), Set.of(), List.of(), List.of(), Set.of());

    /**
     * Which poison record a dead letter is: the same value, or a dead letter whose {@code dead-letter-topic},
     * {@code dead-letter-partition} and {@code dead-letter-offset} headers name its position.
     *
     * @param deadLetter a record of a dead-letter topic
     * @return the index of the poison record in {@link #poison}, or -1 when it is none of them
     */
    int poisonIndex(TopicRecords.Entry deadLetter) {
        for (int i = 0; i < poison.size(); i++) {
            if (Arrays.equals(poison.get(i), deadLetter.value())) {
                return i;
            }
        }
        Map<String, String> h = deadLetter.headers();
        String position =
                h.get("dead-letter-topic") + ":" + h.get("dead-letter-partition") + ":" + h.get("dead-letter-offset");
        return poisonPositions.indexOf(position);
    }
}
