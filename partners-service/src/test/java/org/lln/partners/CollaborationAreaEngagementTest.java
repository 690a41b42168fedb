package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.TopicWriter;

/**
 * A collaboration area as collaboration-service publishes it (the full {@code GET} shape, then
 * {@code deleted} with {@code {id, version}}) shows under the partner's engagements and drops again.
 */
@QuarkusTest
@ActsAsAdmin
class CollaborationAreaEngagementTest {

    @Test
    void areaShowsUnderEngagementsAfterCreationAndDropsAfterDeletionSoThePartnerCanBeDeleted() {
        String partner = create(department(code("area-member")));
        String areaId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(TopicWriter.change(ResourceType.COLLABORATION_AREA, ChangeType.CREATED, area(areaId, partner)));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().when()
                            .get("/partners/" + partner + "/engagements")
                            .then()
                            .body("collaborationAreas.collaborationAreaId", contains(areaId))
                            .body("collaborationAreas[0].role", equalTo("MEMBER"))
                            .body("collaborationAreas[0].theme", equalTo("DIGITAL_TRANSFORMATION"))
                            .body("collaborationAreas[0].status", equalTo("PROPOSED")));
            writer.send(TopicWriter.change(
                    ResourceType.COLLABORATION_AREA, ChangeType.DELETED, new Deleted(UUID.fromString(areaId), 3)));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().when()
                            .get("/partners/" + partner + "/engagements")
                            .then()
                            .body("collaborationAreas", hasSize(0)));
        }
        given().when().delete("/partners/" + partner).then().statusCode(204);
    }

    private static Map<String, Object> area(String id, String partnerId) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("id", id);
        area.put("code", "digital-" + id.substring(0, 8));
        area.put("title", "Digital transformation in education");
        area.put("description", null);
        area.put("theme", "DIGITAL_TRANSFORMATION");
        area.put("dimensions", List.of("SOCIAL"));
        area.put("status", "PROPOSED");
        area.put(
                "partners",
                List.of(
                        Map.of("partnerId", UUID.randomUUID().toString(), "role", "LEAD"),
                        Map.of("partnerId", partnerId, "role", "MEMBER")));
        area.put("originEventIds", List.of());
        area.put("sdgTargets", List.of("4.4", "4.a"));
        area.put(
                "actions",
                List.of(Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "title",
                        "Draft a concept note",
                        "ownerPartnerId",
                        partnerId,
                        "dueDate",
                        "2025-09-30",
                        "status",
                        "OPEN",
                        "overdue",
                        false,
                        "version",
                        0,
                        "createdAt",
                        "2025-05-12T03:10:00Z",
                        "updatedAt",
                        "2025-05-12T03:10:00Z")));
        area.put("version", 2);
        area.put("createdAt", "2025-05-12T03:00:00Z");
        area.put("updatedAt", "2025-06-02T02:30:00Z");
        return area;
    }
}
