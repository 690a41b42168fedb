package org.lln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lln.events.domain.Event;
import org.lln.events.domain.EventSeries;
import org.lln.events.domain.ParticipantRole;
import org.lln.events.persistence.EventRepository;
import org.lln.events.persistence.EventSeriesRepository;
import org.lln.events.representation.EventRequest;
import org.lln.platform.security.Caller;

/**
 * What a token acting for a partner may write in events-service (OWASP API1:2023, broken
 * object level authorization, and API3, mass assignment): the events its partner organises or hosts
 * (their sessions and participants are part of them), and the series of its events. It creates only
 * events its own partner organises; only the secretariat (role admin) hands an event to another
 * organiser, and an event joins only a parent event and a series the token may write itself. Answered
 * from this service's own data: the token's partner is resolved through the read model of {@code lln.partners}.
 */
@ApplicationScoped
public class EventOwnership {

    @Inject
    Caller caller;

    @Inject
    EventRepository events;

    @Inject
    EventSeriesRepository series;

    /** @throws org.lln.platform.problem.ProblemException 403 unless the new event is organised by the caller's partner */
    public void requireCreate(EventRequest request) {
        caller.require(
                caller.actsFor(request.organizerId()),
                "A partner's token creates only events its own partner organises: organizerId must be its partner.");
        requireReferences(null, request);
    }

    /** @throws org.lln.platform.problem.ProblemException 403 unless the caller's partner organises or hosts the event */
    public void requireWrite(Event event) {
        caller.require(
                organisesOrHosts(event),
                "A partner's token writes only the events its partner organises "
                        + "(organizerId) or hosts (a participant with role HOST or ORGANIZER).");
    }

    /**
     * @param event   the stored event, before the change
     * @param request its new state
     * @throws org.lln.platform.problem.ProblemException 403 when the change hands the event to another organiser,
     *                                                   or puts it under an event or in a series the caller may not write
     */
    public void requireUpdate(Event event, EventRequest request) {
        caller.require(
                Objects.equals(event.organizerId, request.organizerId()),
                "Only the secretariat (role admin) changes an event's organizerId.");
        requireReferences(event, request);
    }

    /** @throws org.lln.platform.problem.ProblemException 403 unless the caller may write the series */
    public void requireWrite(EventSeries target) {
        caller.require(
                maintains(target),
                "A partner's token writes only the series of its own events: every event "
                        + "of the series must be one its partner organises or hosts (an empty series: the partner that last wrote it).");
    }

    private void requireReferences(Event event, EventRequest request) {
        UUID parentId = request.parentId();
        if (parentId != null && (event == null || !parentId.equals(event.parentId))) {
            Event parent = events.findById(parentId);
            caller.require(
                    parent == null || organisesOrHosts(parent),
                    "A partner's token makes an event a sub-event (parentId) only of an event its partner organises or hosts.");
        }
        UUID seriesId = request.seriesId();
        if (seriesId != null && (event == null || !seriesId.equals(event.seriesId))) {
            EventSeries target = series.findById(seriesId);
            caller.require(
                    target == null || maintains(target),
                    "A partner's token adds an event (seriesId) only to a series of its own events.");
        }
    }

    private boolean organisesOrHosts(Event event) {
        return caller.actsFor(event.organizerId)
                || event.participants.stream()
                        .anyMatch(participant -> (participant.role() == ParticipantRole.HOST
                                        || participant.role() == ParticipantRole.ORGANIZER)
                                && caller.actsFor(participant.partnerId()));
    }

    private boolean maintains(EventSeries target) {
        List<Event> members = events.inSeries(target.id);
        if (members.isEmpty()) {
            return target.updatedBy != null && caller.actsFor(target.updatedBy.partnerId());
        }
        return members.stream().allMatch(this::organisesOrHosts);
    }
}
