package org.lln.collaboration.domain;

/** The part a partner plays in a collaboration area. */
public enum PartnerRole {
    /** drives the area */
    LEAD,
    /** takes part in the work */
    MEMBER,
    /** backs it with expertise, funding or hosting */
    SUPPORTER
}
