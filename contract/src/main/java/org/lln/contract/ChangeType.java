package org.lln.contract;

import java.util.Locale;

/** What happened to a resource; the last part of a CloudEvent type such as {@code org.lln.partner.updated}. */
public enum ChangeType {
    /** the resource was created; data is the resource as {@code GET} returns it */
    CREATED,
    /** the resource changed; data is the resource as {@code GET} returns it, with its new version */
    UPDATED,
    /** the resource was deleted; data is {@code {id, version}}, version one more than the last one */
    DELETED;

    private final String typeName = name().toLowerCase(Locale.ROOT);

    /** @return the name used in CloudEvent types: {@code created}, {@code updated} or {@code deleted} */
    public String typeName() {
        return typeName;
    }
}
