package org.lln.faults;

import java.util.List;
import java.util.Set;

/**
 * Records a scenario put on the topics itself, so that the checks do not count them as the relay's.
 *
 * @param eventIds  CloudEvent ids injected a second time (duplicates)
 * @param positions {@code topic:partition:offset} of every injected valid record
 * @param poison    the poison values, which every consumer must dead-letter
 * @param poisonIds the ids (keys and {@code data.id}) of the poison records, which no read model may hold
 */
record Injected(Set<String> eventIds, Set<String> positions, List<byte[]> poison, Set<String> poisonIds) {

    /** Nothing injected. */
    static final Injected NONE = new Injected(Set.of(), Set.of(), List.of(), Set.of());
}
