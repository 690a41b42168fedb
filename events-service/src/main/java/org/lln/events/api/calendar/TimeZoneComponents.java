package org.lln.events.api.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * Builds {@code VTIMEZONE} components (RFC 5545, section 3.6.5) from the JDK's tz database, with the
 * IANA name as {@code TZID}. ical4j's bundled definitions are not used: they name {@code Asia/Phnom_Penh}
 * as {@code Asia/Bangkok} and, in ical4j 4.1.1, shift Phnom Penh times by the 1920 local mean time.
 */
final class TimeZoneComponents {

    private TimeZoneComponents() {}

    /**
     * @param zone  an IANA zone
     * @param from  start of the period the calendar covers
     * @param until end of that period
     * @return a component with the offset in force at {@code from} and one observance per transition up to {@code until}
     */
    static VTimeZone of(ZoneId zone, Instant from, Instant until) {
        ZoneRules rules = zone.getRules();
        VTimeZone component = new VTimeZone();
        component.add(new TzId(zone.getId()));
        ZoneOffset initial = rules.getOffset(from);
        component.add(
                observance(rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, initial), initial, initial));
        for (ZoneOffsetTransition t = rules.nextTransition(from);
                t != null && t.getInstant().isBefore(until);
                t = rules.nextTransition(t.getInstant())) {
            component.add(observance(
                    rules.isDaylightSavings(t.getInstant()),
                    t.getDateTimeBefore(),
                    t.getOffsetBefore(),
                    t.getOffsetAfter()));
        }
        return component;
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new DtStart<>(start.withNano(0)));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        return observance;
    }
}
