package org.lln.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsonp.JSONPModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.lln.platform.validation.StorableValues;

/**
 * Makes JSON input strict, as the HTTP conventions in DESIGN.md require: unknown fields, duplicate
 * keys, content after the document, numbers for enums, strings for numbers or booleans, floats for
 * integers, {@code null} for primitives, text that cannot be stored unchanged and dates outside years
 * 0001-9999 are all refused (each becomes a 400 problem naming the field). Also registers
 * JSON-P types so a request body can be a {@link jakarta.json.JsonMergePatch} (RFC 7396).
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    /** Runs after Quarkus' own customizers, so these deserializers replace the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new JSONPModule());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("lln-storable-values")
                .addDeserializer(String.class, new StorableStrings())
                .addDeserializer(LocalDate.class, new StorableDates())
                .addDeserializer(Instant.class, new StorableInstants()));
    }

    /** Reads JSON strings as usual but refuses what cannot be stored unchanged ({@link StorableValues#textProblem}). */
    static final class StorableStrings extends StdScalarDeserializer<String> {

        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = parser.getText();
            String problem = StorableValues.textProblem(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, String.class);
            }
            return value;
        }
    }

    /** Reads {@code YYYY-MM-DD} dates strictly, with years 0001 to 9999 only. */
    static final class StorableDates extends StdScalarDeserializer<LocalDate> {

        StorableDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                LocalDate date =
                        LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
                if (StorableValues.inRange(date) && text.length() == 10) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw InvalidFormatException.from(
                    parser, "must be a real date YYYY-MM-DD between 0001-01-01 and 9999-12-31", text, LocalDate.class);
        }
    }

    /** Reads RFC 3339 date-times with any offset as instants, with years 0001 to 9999 only. */
    static final class StorableInstants extends StdScalarDeserializer<Instant> {

        StorableInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            try {
                Instant instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
                if (StorableValues.inRange(instant)) {
                    return instant;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw InvalidFormatException.from(
                    parser,
                    "must be an RFC 3339 date-time with an offset, e.g. 2025-05-06T09:00:00+07:00, years 0001 to 9999",
                    text,
                    Instant.class);
        }
    }
}
