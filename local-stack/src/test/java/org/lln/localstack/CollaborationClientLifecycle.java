package org.lln.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import org.lln.client.collaboration.ApiClient;
import org.lln.client.collaboration.ApiException;
import org.lln.client.collaboration.ApiResponse;
import org.lln.client.collaboration.api.CollaborationAreasApi;
import org.lln.client.collaboration.model.AreaStatus;
import org.lln.client.collaboration.model.CollaborationArea;
import org.lln.client.collaboration.model.CollaborationAreaInput;
import org.lln.client.collaboration.model.CollaborationAreaPage;
import org.lln.client.collaboration.model.CollaborationAreaPatch;
import org.lln.client.collaboration.model.Problem;
import org.lln.client.collaboration.model.Theme;
import org.lln.client.collaboration.model.TransitionInput;

/** A collaboration area's life cycle through the Java client generated from collaboration-service's document. */
final class CollaborationClientLifecycle {

    private final ApiClient client;
    private final CollaborationAreasApi areas;

    CollaborationClientLifecycle(String baseUrl, String authorization) {
        client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        areas = new CollaborationAreasApi(client);
    }

    void run() throws ApiException {
        ApiResponse<CollaborationArea> created = areas.createCollaborationAreaWithHttpInfo(new CollaborationAreaInput()
                .code("client-regional-tvet")
                .title("Regional TVET cooperation (client test)")
                .theme(Theme.TVET)
                .sdgTargets(List.of("4.3")));
        assertThat(created.getStatusCode()).isEqualTo(201);
        CollaborationArea area = created.getData();
        assertThat(area.getStatus()).isEqualTo(AreaStatus.IDENTIFIED);
        assertThat(area.getDescription()).isNull();
        CollaborationArea other = areas.createCollaborationArea(new CollaborationAreaInput()
                .code("client-regional-esd")
                .title("Regional ESD cooperation (client test)")
                .theme(Theme.ESD));

        String etag = areas.getCollaborationAreaWithHttpInfo(area.getId())
                .getHeaders()
                .get("etag")
                .get(0);
        assertThat(etag).isEqualTo("\"" + area.getVersion() + "\"");

        CollaborationAreaPage page = areas.listCollaborationAreas(
                null, null, null, 0, null, "client-regional", null, 20, "code", null, Theme.TVET);
        assertThat(page.getItems()).extracting(CollaborationArea::getCode).containsExactly("client-regional-tvet");

        CollaborationArea patched = areas.patchCollaborationArea(
                area.getId(), new CollaborationAreaPatch().sdgTargets(List.of("4.3", "4.4")), etag);
        assertThat(patched.getSdgTargets()).containsExactly("4.3", "4.4");
        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> areas.patchCollaborationArea(
                        area.getId(), new CollaborationAreaPatch().sdgTargets(List.of("4.7")), etag));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problem(stale).getType()).isEqualTo("urn:lln:problem:precondition-failed");

        CollaborationArea proposed = areas.transitionCollaborationArea(
                area.getId(),
                new TransitionInput().to(AreaStatus.PROPOSED).note("Proposed by a generated client"),
                null);
        assertThat(proposed.getStatus()).isEqualTo(AreaStatus.PROPOSED);
        assertThat(areas.getCollaborationAreaHistory(area.getId(), 0, 20).getItems())
                .anySatisfy(transition -> assertThat(transition.getTo()).isEqualTo(AreaStatus.PROPOSED));

        areas.deleteCollaborationArea(other.getId(), null);
        areas.deleteCollaborationArea(area.getId(), "\"" + proposed.getVersion() + "\"");
        ApiException gone = catchThrowableOfType(ApiException.class, () -> areas.getCollaborationArea(area.getId()));
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problem(gone).getStatus()).isEqualTo(404);
    }

    private Problem problem(ApiException failure) {
        try {
            return client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new AssertionError("not a Problem: " + failure.getResponseBody(), e);
        }
    }
}
