package org.lln.platform.readmodel;

/**
 * A consumed record that cannot be parsed as a CloudEvent of this suite or cannot be applied. The
 * messaging layer sends it to the consumer group's dead-letter topic with this message as the reason,
 * and consumption goes on.
 */
public class PoisonRecordException extends RuntimeException {

    /** @param reason why the record was refused, e.g. {@code data has no numeric version} */
    public PoisonRecordException(String reason) {
        super(reason);
    }

    /**
     * @param reason why the record was refused
     * @param cause  the parsing failure
     */
    public PoisonRecordException(String reason, Throwable cause) {
        super(reason + ": " + cause.getMessage(), cause);
    }
}
