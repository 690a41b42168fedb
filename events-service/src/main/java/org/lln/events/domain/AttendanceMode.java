package org.lln.events.domain;

/** How people attend an event. */
public enum AttendanceMode {
    IN_PERSON,
    ONLINE,
    MIXED
}
