package org.lln.events.domain;

/** The part a partner plays in an event (DESIGN.md, Event participants). */
public enum ParticipantRole {
    /** runs the event, e.g. DNFIE for the Kampot workshop */
    ORGANIZER,
    /** receives the event or a visit on its premises */
    HOST,
    /** invited to contribute expertise, e.g. INRULED at Kampot */
    INVITED_EXPERT,
    /** gives a presentation */
    PRESENTER,
    /** attends */
    PARTICIPANT,
    /** sends a visiting delegation */
    DELEGATION
}
