package org.lln.partners.domain;

/** Whether a partner can be referenced by new events and collaboration areas. */
public enum PartnerStatus {
    /** in the network; may be referenced */
    ACTIVE,
    /** kept for history; new references to it are refused */
    ARCHIVED
}
