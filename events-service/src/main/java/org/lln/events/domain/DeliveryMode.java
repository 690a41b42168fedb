package org.lln.events.domain;

/** How a session's content reaches the audience. */
public enum DeliveryMode {
    /** given in the room */
    LIVE,
    /** played from a recording, like Ms. Gu Yifan's presentation at Kampot */
    RECORDED,
    /** given remotely in real time */
    ONLINE
}
