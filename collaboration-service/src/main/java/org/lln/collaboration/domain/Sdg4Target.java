package org.lln.collaboration.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is one of the SDG 4 targets listed in {@link Sdg4Targets}: {@code 4.1} to
 * {@code 4.7}, {@code 4.a}, {@code 4.b} or {@code 4.c}. Null is valid (combine with {@code @NotNull}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Sdg4Target.Validator.class)
public @interface Sdg4Target {

    /** @return the violation message */
    String message() default "must be an SDG 4 target: 4.1 to 4.7, 4.a, 4.b or 4.c";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks a value against {@link Sdg4Targets#ALL}. */
    class Validator implements ConstraintValidator<Sdg4Target, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Sdg4Targets.isTarget(value);
        }
    }
}
