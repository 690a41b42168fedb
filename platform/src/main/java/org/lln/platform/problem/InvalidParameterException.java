package org.lln.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter that cannot be converted to its declared type. It extends
 * {@link BadRequestException} so that the REST layer passes it through unchanged (JAX-RS would
 * otherwise turn a bad path or query parameter into a 404); it becomes a 400 problem naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final FieldError error;

    /**
     * @param parameter the parameter's name as the client sends it
     * @param message   what is wrong with the value
     */
    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.error = new FieldError(parameter, message);
    }

    /** @return the parameter and what is wrong with it */
    public FieldError error() {
        return error;
    }
}
