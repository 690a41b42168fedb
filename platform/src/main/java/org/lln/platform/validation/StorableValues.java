package org.lln.platform.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the suite can store and hand on unchanged: text without NUL characters or unpaired UTF-16
 * surrogates (PostgreSQL refuses the first and silently replaces the second), and dates and instants
 * with four-digit years, 0001 to 9999 (RFC 3339, section 5.6, and RFC 5545 dates have four-digit years;
 * PostgreSQL has no year 0).
 */
public final class StorableValues {

    /** Earliest storable date. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);

    /** Latest storable date. */
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private static final Instant FIRST_INSTANT =
            FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT =
            LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private StorableValues() {}

    /**
     * @param text any text
     * @return null when it can be stored unchanged, else what is wrong with it
     */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain unpaired UTF-16 surrogates";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain unpaired UTF-16 surrogates";
            }
        }
        return null;
    }

    /**
     * @param date a date
     * @return whether its year is 0001 to 9999
     */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /**
     * @param instant an instant
     * @return whether its UTC year is 0001 to 9999
     */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }
}
