package org.lln.collaboration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.lln.collaboration.Areas.code;
import static org.lln.collaboration.Areas.create;
import static org.lln.collaboration.Areas.member;
import static org.lln.collaboration.Areas.move;
import static org.lln.collaboration.Areas.tvet;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/**
 * Each filter of {@code GET /collaboration-areas}, on two areas that differ in every filtered field;
 * the {@code q} filter scopes each request to this test's areas.
 */
@QuarkusTest
@ActsAsAdmin
class AreaFiltersTest {

    @Inject
    Peers peers;

    private String scope;
    private String tvet;
    private String esd;
    private UUID inruled;
    private UUID seameoTed;
    private UUID meeting;

    @BeforeEach
    void twoAreas() {
        scope = code("filters");
        inruled = peers.activePartner();
        seameoTed = peers.activePartner();
        meeting = peers.event();
        Map<String, Object> first = tvet(scope + "-tvet");
        first.put("partners", List.of(member(inruled, "LEAD"), member(seameoTed, "MEMBER")));
        first.put("originEventIds", List.of(meeting.toString()));
        tvet = create(first);
        Map<String, Object> second = tvet(scope + "-esd");
        second.put("title", "Education for sustainable development in CLCs");
        second.put("description", "The Life of Cotton curriculum, " + scope.replace("filters", "cotton"));
        second.put("theme", "ESD");
        second.put("dimensions", List.of("CULTURAL", "ENVIRONMENTAL"));
        second.put("partners", List.of(member(inruled, "SUPPORTER")));
        second.put("sdgTargets", List.of("4.7"));
        esd = create(second);
        move(esd, "PROPOSED");
    }

    @Test
    void filtersByTextInCodeTitleOrDescription() {
        expect(Map.of(), tvet, esd);
        given().queryParam("q", scope.replace("filters", "COTTON"))
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.id", contains(esd));
    }

    @Test
    void filtersByCode() {
        given().queryParam("code", scope + "-tvet")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.id", contains(tvet));
    }

    @Test
    void filtersByStatus() {
        expect(Map.of("status", "PROPOSED"), esd);
        expect(Map.of("status", "IDENTIFIED"), tvet);
    }

    @Test
    void filtersByTheme() {
        expect(Map.of("theme", "TVET"), tvet);
        expect(Map.of("theme", "ESD"), esd);
        expect(Map.of("theme", "OTHER"));
    }

    @Test
    void filtersByPartnerInAnyRole() {
        expect(Map.of("partnerId", inruled.toString()), tvet, esd);
        expect(Map.of("partnerId", seameoTed.toString()), tvet);
        expect(Map.of("partnerId", UUID.randomUUID().toString()));
    }

    @Test
    void filtersByOriginEvent() {
        expect(Map.of("eventId", meeting.toString()), tvet);
        expect(Map.of("eventId", UUID.randomUUID().toString()));
    }

    @Test
    void filtersBySdgTarget() {
        expect(Map.of("sdgTarget", "4.4"), tvet);
        expect(Map.of("sdgTarget", "4.7"), esd);
        expect(Map.of("sdgTarget", "4.c"));
    }

    @Test
    void filtersByDimension() {
        expect(Map.of("dimension", "ECONOMIC"), tvet);
        expect(Map.of("dimension", "ENVIRONMENTAL"), esd);
    }

    @Test
    void combinesFiltersWithAnd() {
        expect(
                Map.of("partnerId", inruled.toString(), "theme", "ESD", "dimension", "CULTURAL", "status", "PROPOSED"),
                esd);
        expect(Map.of("partnerId", seameoTed.toString(), "theme", "ESD"));
    }

    private void expect(Map<String, String> filters, String... ids) {
        given().queryParam("q", scope)
                .queryParams(filters)
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder((Object[]) ids));
    }
}
