package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.create;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.kampot;
import static org.lln.events.EventFixtures.knownPartner;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** The iCalendar export (RFC 5545), read back with ical4j as a calendar client would. */
@QuarkusTest
@ActsAsAdmin
class EventCalendarTest {

    @Test
    void kampotWorkshopIsAllDayWithExclusiveEnd() throws Exception {
        UUID dnfie = knownPartner("Department of Non-Formal and Inclusive Education");
        String id = create(
                kampot(code("kampot"), dnfie, knownPartner("INRULED"), knownPartner("Langxia Town Community School")));
        String ics = given().accept("text/calendar")
                .when()
                .get("/events/" + id)
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .header("ETag", "\"0\"")
                .extract()
                .asString();
        VEvent workshop = eventWithUid(parse(ics), id + "@events.lln");
        assertThat(value(workshop, "DTSTART")).isEqualTo("20250506");
        assertThat(value(workshop, "DTEND")).isEqualTo("20250510");
        assertThat(workshop.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        assertThat(value(workshop, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(workshop, "LOCATION")).isEqualTo("Kampot, KH-7, KH");
        assertThat(value(workshop, "SUMMARY")).isEqualTo("Capacity building workshop for Community Learning Centres");
        Property organizer = workshop.getProperty("ORGANIZER").orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("urn:uuid:" + dnfie);
        assertThat(organizer.getParameter("CN").orElseThrow().getValue())
                .isEqualTo("Department of Non-Formal and Inclusive Education");
    }

    @Test
    void timedSessionCarriesTzidOfTheEventAndRelatesToIt() throws Exception {
        String id =
                create(kampot(code("kampot"), knownPartner("DNFIE"), knownPartner("INRULED"), knownPartner("Langxia")));
        Calendar calendar = parse(given().when()
                .get("/events/" + id + ".ics")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        VEvent session = eventWithUid(calendar, id + "-session-1@events.lln");
        Property start = session.getProperty("DTSTART").orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Phnom_Penh");
        assertThat(start.getValue()).isEqualTo("20250506T090000");
        assertThat(value(session, "RELATED-TO")).isEqualTo(id + "@events.lln");
        assertThat(value(session, "DESCRIPTION")).contains("Dr. Qi Xinjian").contains("LIVE");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(calendar.getComponents("VEVENT")).hasSize(2);
    }

    @Test
    void subEventRelatesToItsParent() throws Exception {
        String parent = create(event(code("kampot"), "2025-05-06", "2025-05-09"));
        Map<String, Object> visit = event(code("saint-francois"), "2025-05-08", "2025-05-08");
        visit.put("type", "SITE_VISIT");
        visit.put("status", "CANCELLED");
        visit.put("parentId", parent);
        String child = create(visit);
        VEvent vevent = eventWithUid(
                parse(given().when().get("/events/" + child + ".ics").asString()), child + "@events.lln");
        assertThat(value(vevent, "RELATED-TO")).isEqualTo(parent + "@events.lln");
        assertThat(value(vevent, "DTSTART")).isEqualTo("20250508");
        assertThat(value(vevent, "DTEND")).isEqualTo("20250509");
        assertThat(value(vevent, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void feedTakesTheListFilters() throws Exception {
        String topic = code("feed");
        Map<String, Object> a = event(code("a"), "2025-05-06", "2025-05-09");
        a.put("topics", List.of(topic));
        Map<String, Object> b = event(code("b"), "2025-06-01", "2025-06-02");
        b.put("topics", List.of(topic));
        String first = create(a);
        create(b);
        Calendar calendar = parse(given().queryParam("topic", topic)
                .queryParam("to", "2025-05-31")
                .when()
                .get("/events.ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString());
        assertThat(calendar.<VEvent>getComponents("VEVENT"))
                .extracting(e -> e.getProperty("UID").orElseThrow().getValue())
                .containsExactly(first + "@events.lln");
        given().queryParam("from", "2025-02-30")
                .when()
                .get("/events.ics")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void missingEventAsCalendarIs404Problem() {
        given().when()
                .get("/events/" + UUID.randomUUID() + ".ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent eventWithUid(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e ->
                        uid.equals(e.getProperty("UID").map(Property::getValue).orElse(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT " + uid + " in " + calendar));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property)
                .orElseThrow(() -> new AssertionError("no " + property))
                .getValue();
    }
}
