package org.lln.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.LocalDate;
import org.lln.client.events.ApiClient;
import org.lln.client.events.ApiException;
import org.lln.client.events.ApiResponse;
import org.lln.client.events.api.EventsApi;
import org.lln.client.events.model.Event;
import org.lln.client.events.model.EventInput;
import org.lln.client.events.model.EventLocation;
import org.lln.client.events.model.EventPage;
import org.lln.client.events.model.EventPatch;
import org.lln.client.events.model.EventType;
import org.lln.client.events.model.Problem;

/** An event's life cycle through the Java client generated from events-service's document. */
final class EventsClientLifecycle {

    private final ApiClient client;
    private final EventsApi events;

    EventsClientLifecycle(String baseUrl, String authorization) {
        client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        events = new EventsApi(client);
    }

    void run() throws ApiException {
        ApiResponse<Event> created =
                events.createEventWithHttpInfo(event("client-kampot-workshop", EventType.WORKSHOP));
        assertThat(created.getStatusCode()).isEqualTo(201);
        Event workshop = created.getData();
        assertThat(workshop.getStartDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(workshop.getAttendeeCount()).isNull();
        Event visit = events.createEvent(event("client-kampot-visit", EventType.SITE_VISIT));

        ApiResponse<Event> read = events.getEventWithHttpInfo(workshop.getId());
        String etag = read.getHeaders().get("etag").get(0);
        assertThat(etag).isEqualTo("\"" + workshop.getVersion() + "\"");

        EventPage page = events.listEvents(
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                "client-kampot",
                null,
                1,
                "code",
                null,
                "KH-7",
                null,
                null,
                null);
        assertThat(page.getTotalItems()).isEqualTo(2L);
        assertThat(page.getItems()).extracting(Event::getCode).containsExactly("client-kampot-visit");

        Event patched = events.patchEvent(
                workshop.getId(), new EventPatch().attendeeCount(116).description(null), etag);
        assertThat(patched.getAttendeeCount()).isEqualTo(116);
        assertThat(patched.getDescription()).isNull();
        assertThat(patched.getTitle()).isEqualTo(workshop.getTitle());

        ApiException stale = catchThrowableOfType(
                ApiException.class, () -> events.patchEvent(workshop.getId(), new EventPatch().attendeeCount(1), etag));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problem(stale).getType()).isEqualTo("urn:lln:problem:precondition-failed");

        events.deleteEvent(visit.getId(), null);
        events.deleteEvent(workshop.getId(), "\"" + patched.getVersion() + "\"");
        ApiException gone = catchThrowableOfType(ApiException.class, () -> events.getEvent(workshop.getId()));
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problem(gone).getStatus()).isEqualTo(404);
    }

    private static EventInput event(String code, EventType type) {
        return new EventInput()
                .code(code)
                .title("Kampot " + type + " (client test)")
                .description("Written by a generated client")
                .type(type)
                .startDate(LocalDate.of(2025, 5, 6))
                .endDate(LocalDate.of(2025, 5, 9))
                .timeZone("Asia/Phnom_Penh")
                .location(new EventLocation()
                        .locality("Kampot")
                        .subdivisionCode("KH-7")
                        .countryCode("KH"));
    }

    private Problem problem(ApiException failure) {
        try {
            return client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new AssertionError("not a Problem: " + failure.getResponseBody(), e);
        }
    }
}
