package org.lln.contract;

import java.util.UUID;

/**
 * The data of a {@link ChangeType#DELETED} change event (DESIGN.md, Change events).
 *
 * @param id      the deleted resource
 * @param version one more than the resource's last version, so the deletion supersedes every earlier change
 */
public record Deleted(UUID id, long version) {}
