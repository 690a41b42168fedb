package org.lln.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource's human-readable unique code (DESIGN.md, Resources): a lowercase slug of 2 to 64
 * characters matching {@code ^[a-z0-9]+(-[a-z0-9]+)*$}, e.g. {@code unesco-inruled}. Null is valid.
 */
@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be a lowercase slug such as unesco-inruled")
@Size(min = 2, max = 64)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface Code {

    /** @return the violation message (the composing constraints give their own) */
    String message() default "must be a lowercase slug of 2 to 64 characters";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
