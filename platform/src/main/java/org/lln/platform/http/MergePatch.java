package org.lln.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Applies a JSON Merge Patch (RFC 7396) to a resource's current representation and reads the result
 * back as the resource's request type: members set to {@code null} are cleared, absent members are
 * left alone, arrays are replaced whole. The result is validated like a {@code PUT} body, so a patch
 * can never produce a state a full replace would refuse.
 */
@ApplicationScoped
public class MergePatch {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /**
     * @param patch       the client's merge patch document
     * @param current     the resource as {@code GET} returns it
     * @param requestType the request record a {@code PUT} would take
     * @param <T>         that record's type
     * @return the patched and validated request
     * @throws IllegalArgumentException wrapping a Jackson error when the result has unknown fields or wrong types (a 400)
     * @throws ConstraintViolationException when the patched request breaks a validation rule (a 400)
     */
    public <T> T apply(JsonMergePatch patch, Object current, Class<T> requestType) {
        JsonValue target = mapper.convertValue(current, JsonValue.class);
        JsonValue patched = patch.apply(target);
        T request = mapper.convertValue(patched, requestType);
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
