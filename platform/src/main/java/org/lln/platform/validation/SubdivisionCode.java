package org.lln.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * An ISO 3166-2 subdivision code: an assigned ISO 3166-1 alpha-2 country code, a hyphen, and one to
 * three letters or digits ({@code KH-7} is Kampot Province). Whether it starts with the resource's own
 * {@code countryCode} is checked by the service, which knows both. Null is valid.
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubdivisionCode.Validator.class)
public @interface SubdivisionCode {

    /** @return the violation message */
    String message() default "must be an ISO 3166-2 subdivision code such as KH-7";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the ISO 3166-2 shape and the country part. */
    class Validator implements ConstraintValidator<SubdivisionCode, String> {

        private static final Pattern SHAPE = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{1,3}$");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || (SHAPE.matcher(value).matches() && CountryCode.Validator.isCountry(value.substring(0, 2)));
        }
    }
}
