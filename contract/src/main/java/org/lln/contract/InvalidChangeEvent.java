package org.lln.contract;

/**
 * A value that is not a change event of the suite, or data that breaks its resource's schema. The
 * message is a reason a person can act on (consumers use it as the dead-letter reason), e.g.
 * {@code unknown CloudEvent type org.lln.invoice.created} or
 * {@code data is not a valid partner: /type: does not have a value in the enumeration [...]}.
 */
public class InvalidChangeEvent extends RuntimeException {

    /** @param reason why the value was refused */
    public InvalidChangeEvent(String reason) {
        super(reason);
    }

    /**
     * @param reason why the value was refused
     * @param cause  the parsing failure, whose message is appended to the reason
     */
    public InvalidChangeEvent(String reason, Throwable cause) {
        super(reason + ": " + cause.getMessage(), cause);
    }
}
