package org.lln.faults;

/**
 * One write of the load and what the client saw.
 *
 * @param kind     {@code create-partner}, {@code patch-partner}, {@code create-event} or {@code create-area}
 * @param resource the resource type as on the topics: {@code partner}, {@code event}, {@code collaboration-area}
 * @param id       the resource id (null when a create was not acknowledged)
 * @param version  the version the answer carried (0 when none)
 * @param status   the HTTP status, {@link Api#NO_ANSWER} when none
 * @param error    why there was no answer (the exception's name), or null
 * @param atMillis when it was sent, in milliseconds since the scenario started
 * @param micros   how long the answer took
 */
record Write(
        String kind, String resource, String id, long version, int status, String error, long atMillis, long micros) {

    /** @return whether the client got a 2xx: the write is acknowledged and must never be lost */
    boolean acknowledged() {
        return status >= 200 && status < 300;
    }

    /** @return the status as the report's histogram names it */
    String statusLabel() {
        return status == Api.NO_ANSWER ? "no answer (" + error + ")" : Integer.toString(status);
    }
}
