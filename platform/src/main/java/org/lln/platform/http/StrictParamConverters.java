package org.lln.platform.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import org.lln.platform.problem.InvalidParameterException;

/**
 * Converts path, query and header parameters of type {@link UUID}, {@link LocalDate}, {@link Integer}, {@link Long}
 * and any enum, refusing a bad value with a 400 problem that names the parameter (JAX-RS alone would
 * answer 404 with no body). Values containing NUL characters are refused the same way.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name, "must be a UUID", StrictParamConverters::uuid);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(
                    name, "must be a date YYYY-MM-DD between 0001-01-01 and 9999-12-31", StrictParamConverters::date);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(name, "must be an integer", Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Strict<>(name, "must be an integer", Long::valueOf);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String accepted = "must be one of " + Arrays.toString(rawType.getEnumConstants());
            return (ParamConverter<T>) new Strict<>(name, accepted, raw -> Enum.valueOf(enumType, raw));
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) new Strict<>(name, "", Function.identity());
        }
        return null;
    }

    private static final java.util.regex.Pattern CANONICAL_UUID = java.util.regex.Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    /** Only the canonical 8-4-4-4-12 form: {@link UUID#fromString} would also read {@code 1-1-1-1-1}. */
    private static UUID uuid(String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(value);
    }

    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        if (!org.lln.platform.validation.StorableValues.inRange(date) || value.length() != 10) {
            throw new IllegalArgumentException("year out of range");
        }
        return date;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }

    private record Strict<T>(String name, String expectation, Function<String, T> parser) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            String problem = org.lln.platform.validation.StorableValues.textProblem(value);
            if (problem != null) {
                throw new InvalidParameterException(name, problem);
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidParameterException(name, expectation);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
