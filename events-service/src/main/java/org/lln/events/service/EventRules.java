package org.lln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lln.contract.ResourceType;
import org.lln.events.domain.Event;
import org.lln.events.domain.Participation;
import org.lln.events.domain.Session;
import org.lln.events.domain.Speaker;
import org.lln.events.persistence.EventRepository;
import org.lln.events.persistence.EventSeriesRepository;
import org.lln.events.representation.EventRequest;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.readmodel.References;

/**
 * The event rules that span several fields or other resources, checked after bean validation of an
 * {@link EventRequest} (DESIGN.md, Event): dates in order, sessions on the event's days,
 * location consistent, parent and series known, no parent cycle, a sub-event inside its parent's dates,
 * and partner references known to the read model.
 */
@ApplicationScoped
public class EventRules {

    @Inject
    EventRepository events;

    @Inject
    EventSeriesRepository series;

    @Inject
    References references;

    /**
     * @param event   the event being created (fresh, not yet stored) or changed (its stored state)
     * @param request the validated request
     * @throws ProblemException 400 naming the field for a broken field rule, 422 for an unknown or unusable reference
     */
    public void check(Event event, EventRequest request) {
        checkDates(request);
        checkLocation(request);
        checkSessions(request);
        checkParent(event, request);
        checkSeries(request.seriesId());
        checkPartners(event, request);
    }

    /**
     * @param event     a stored event
     * @param startDate its new first day
     * @param endDate   its new last day
     * @throws ProblemException 409 when one of its sub-events would no longer lie within these dates
     */
    public void checkSubEventsInside(Event event, LocalDate startDate, LocalDate endDate) {
        for (Event sub : events.subEvents(event.id)) {
            if (sub.startDate.isBefore(startDate) || sub.endDate.isAfter(endDate)) {
                throw ProblemException.conflict(
                        sub.startDate.isBefore(startDate) ? "startDate" : "endDate",
                        "Sub-event " + sub.code + " (" + sub.startDate + " to " + sub.endDate
                                + ") would lie outside the new dates " + startDate + " to " + endDate + ".");
            }
        }
    }

    private static void checkDates(EventRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate " + request.startDate());
        }
    }

    private static void checkLocation(EventRequest request) {
        var location = request.location();
        if (location != null
                && location.subdivisionCode() != null
                && !location.subdivisionCode().startsWith(location.countryCode() + "-")) {
            throw ProblemException.invalid(
                    "location.subdivisionCode", "must start with location.countryCode followed by a hyphen");
        }
    }

    /** A session's start, read in the event's own time zone, must fall on one of the event's days. */
    private static void checkSessions(EventRequest request) {
        ZoneId zone = ZoneId.of(request.timeZone());
        List<Session> sessions = request.sessionsOrEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).startsAt() == null) {
                continue;
            }
            LocalDate day = sessions.get(i).startsAt().atZone(zone).toLocalDate();
            if (day.isBefore(request.startDate()) || day.isAfter(request.endDate())) {
                throw ProblemException.invalid(
                        "sessions[" + i + "].startsAt",
                        "falls on " + day + " in " + zone + ", outside the event's days " + request.startDate() + " to "
                                + request.endDate());
            }
        }
    }

    private void checkParent(Event event, EventRequest request) {
        UUID parentId = request.parentId();
        if (parentId == null) {
            return;
        }
        Event parent = events.findById(parentId);
        if (parent == null) {
            throw ProblemException.unprocessableReference("parentId", "no event " + parentId);
        }
        Set<UUID> seen = new HashSet<>();
        for (Event ancestor = parent;
                ancestor != null && seen.add(ancestor.id);
                ancestor = ancestor.parentId == null ? null : events.findById(ancestor.parentId)) {
            if (ancestor.id.equals(event.id)) {
                throw ProblemException.unprocessableReference("parentId", "would make the event a sub-event of itself");
            }
        }
        if (request.startDate().isBefore(parent.startDate)) {
            throw ProblemException.invalid(
                    "startDate",
                    "a sub-event must lie within its parent's dates " + parent.startDate + " to " + parent.endDate);
        }
        if (request.endDate().isAfter(parent.endDate)) {
            throw ProblemException.invalid(
                    "endDate",
                    "a sub-event must lie within its parent's dates " + parent.startDate + " to " + parent.endDate);
        }
    }

    private void checkSeries(UUID seriesId) {
        if (seriesId != null && series.findById(seriesId) == null) {
            throw ProblemException.unprocessableReference("seriesId", "no event series " + seriesId);
        }
    }

    private void checkPartners(Event event, EventRequest request) {
        Set<UUID> existing = event.referencedPartners();
        references.require(ResourceType.PARTNER, "organizerId", request.organizerId(), existing);
        List<Participation> participants = request.participantsOrEmpty();
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participation participation = participants.get(i);
            if (!listed.add(participation.partnerId() + "/" + participation.role())) {
                throw ProblemException.invalid(
                        "participants[" + i + "]",
                        "lists this partner in this role already; give each partner a role once");
            }
            references.require(
                    ResourceType.PARTNER, "participants[" + i + "].partnerId", participation.partnerId(), existing);
        }
        List<Session> sessions = request.sessionsOrEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            List<Speaker> speakers = sessions.get(i).speakers();
            for (int j = 0; j < speakers.size(); j++) {
                references.require(
                        ResourceType.PARTNER,
                        "sessions[" + i + "].speakers[" + j + "].partnerId",
                        speakers.get(j).partnerId(),
                        existing);
            }
        }
    }
}
