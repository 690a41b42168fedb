package org.lln.events.domain;

/** The kind of gathering an event is (DESIGN.md, Event). */
public enum EventType {
    WORKSHOP,
    MISSION,
    SITE_VISIT,
    MEETING,
    CONFERENCE,
    TRAINING,
    PRESENTATION,
    OTHER
}
