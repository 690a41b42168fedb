package org.lln.dashboard.network;

/** A record value that is not a change event of this suite; it is counted and skipped. */
public class UnreadableRecordException extends RuntimeException {

    /** @param reason why, e.g. {@code data has no integer version} */
    public UnreadableRecordException(String reason) {
        super(reason);
    }
}
