package org.lln.events.domain;

/** Where an event stands (DESIGN.md, Event). */
public enum EventStatus {
    PLANNED,
    CONFIRMED,
    COMPLETED,
    CANCELLED,
    POSTPONED
}
