package org.lln.platform.deadletter;

import java.util.List;

/**
 * What replaying the dead-letter topic did; replaying again is harmless (applying is idempotent).
 *
 * @param read        records read from the dead-letter topic
 * @param applied     records that now applied and changed a read model
 * @param unchanged   records that now apply but changed nothing (already applied, or an older version)
 * @param stillFailing records that still cannot apply, with their reasons; they stay on the topic
 */
public record ReplayResult(int read, int applied, int unchanged, List<DeadLetter> stillFailing) {}
