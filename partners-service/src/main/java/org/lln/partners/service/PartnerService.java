package org.lln.partners.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.lln.contract.ResourceType;
import org.lln.partners.domain.Partner;
import org.lln.partners.domain.PartnerFilter;
import org.lln.partners.domain.PartnerStatus;
import org.lln.partners.persistence.PartnerRepository;
import org.lln.partners.representation.PartnerRequest;
import org.lln.partners.representation.PartnerResponse;
import org.lln.platform.http.MergePatch;
import org.lln.platform.http.Preconditions;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.paging.QueryFilter;
import org.lln.platform.persistence.Writes;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.security.Caller;

/**
 * The partner rules and their transactions: every change is stored and recorded in the outbox for
 * topic {@code lln.partners} in one transaction (DESIGN.md, Change events). A token acting for a partner
 * writes only that partner's record and its units, at any depth (OWASP API1:2023): it creates
 * units of its own, never a partner of its own, and moves a unit only within its own tree; where its own
 * record sits in the network ({@code parentId}) is the secretariat's (role admin) to change.
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    /** API fields a partner list may be sorted by, mapped to entity attributes. */
    public static final Map<String, String> SORTABLE = Map.of(
            "name",
            "name",
            "code",
            "code",
            "acronym",
            "acronym",
            "type",
            "type",
            "countryCode",
            "countryCode",
            "status",
            "status",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");

    @Inject
    PartnerRepository partners;

    @Inject
    Writes writes;

    @Inject
    MergePatch mergePatch;

    @Inject
    Engagements engagements;

    @Inject
    Caller caller;

    /**
     * @param filter  the list filters; null members are not applied
     * @param request page, size and sort
     * @return one page of partners
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PartnerResponse> list(PartnerFilter filter, PageRequest request) {
        QueryFilter where = new QueryFilter()
                .contains("searchText", filter.q())
                .where("code = :code", "code", filter.code())
                .where("type = :type", "type", filter.type())
                .where("countryCode = :countryCode", "countryCode", filter.countryCode())
                .where("subdivisionCode = :subdivisionCode", "subdivisionCode", filter.subdivisionCode())
                .where("parentId = :parentId", "parentId", filter.parentId())
                .where("status = :status", "status", filter.status());
        PanacheQuery<Partner> query = partners.find(where.query(), request.sort(), where.parameters());
        return PageResponse.of(query, request, PartnerResponse::of);
    }

    /**
     * @param id a partner id
     * @return the partner
     * @throws ProblemException 404 when there is none
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerResponse get(UUID id) {
        return PartnerResponse.of(load(id));
    }

    /**
     * Creates a partner and records {@code org.lln.partner.created}.
     *
     * @param request a validated request
     * @return the stored partner, version 0
     * @throws ProblemException 409 for a taken code, 422 for an unknown parent, 400 for a subdivision outside the country
     */
    public PartnerResponse create(PartnerRequest request) {
        caller.require(
                inOwnTree(request.parentId()),
                "A partner's token creates only units of its own partner: parentId must be its partner or one of its units.");
        Partner partner = Partner.create();
        apply(partner, request);
        return writes.created(ResourceType.PARTNER, partner, PartnerResponse::of);
    }

    /**
     * Replaces a partner and records {@code org.lln.partner.updated}.
     *
     * @param id      the partner id
     * @param ifMatch the {@code If-Match} header, or null
     * @param request a validated request
     * @return the stored partner with its new version
     * @throws ProblemException 404, 412 for a stale If-Match, 409, 422 for an unknown parent or a cycle, 400
     */
    public PartnerResponse replace(UUID id, String ifMatch, PartnerRequest request) {
        Partner partner = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, partner.version);
        return update(partner, request);
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to a partner and records {@code org.lln.partner.updated}.
     *
     * @param id      the partner id
     * @param ifMatch the {@code If-Match} header, or null
     * @param patch   the merge patch
     * @return the stored partner with its new version
     * @throws ProblemException as {@link #replace}; a patched state that fails validation is a 400
     */
    public PartnerResponse patch(UUID id, String ifMatch, JsonMergePatch patch) {
        Partner partner = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, partner.version);
        return update(partner, mergePatch.apply(patch, PartnerResponse.of(partner), PartnerRequest.class));
    }

    /**
     * Deletes a partner and records {@code org.lln.partner.deleted} with {@code {id, version}}.
     *
     * @param id      the partner id
     * @param ifMatch the {@code If-Match} header, or null
     * @throws ProblemException 404, 412, or 409 while it has units, events or collaboration areas (archive it instead)
     */
    public void delete(UUID id, String ifMatch) {
        Partner partner = load(id);
        Preconditions.requireMatch(ifMatch, partner.version);
        long units = partners.countUnits(id);
        if (units > 0) {
            throw ProblemException.conflict(
                    null,
                    "Partner " + partner.code + " still has " + units
                            + " unit(s); delete or move them first, or archive it (status ARCHIVED).");
        }
        Engagements.Count engaged = engagements.count(id);
        if (engaged.total() > 0) {
            throw ProblemException.conflict(
                    null,
                    "Partner " + partner.code + " still takes part in " + engaged.events()
                            + " event(s) and " + engaged.collaborationAreas()
                            + " collaboration area(s); archive it instead (PATCH {\"status\": \"ARCHIVED\"}).");
        }
        writes.deleted(ResourceType.PARTNER, partner);
    }

    private PartnerResponse update(Partner partner, PartnerRequest request) {
        if (!Objects.equals(partner.parentId, request.parentId())) {
            caller.require(
                    !caller.actsFor(partner.id) && inOwnTree(request.parentId()),
                    "A partner's token moves only its units, and only within its own partner's tree; "
                            + "the parentId of its own record is the secretariat's to change.");
        }
        apply(partner, request);
        return writes.updated(ResourceType.PARTNER, partner, PartnerResponse::of);
    }

    private void apply(Partner partner, PartnerRequest request) {
        checkParent(partner, request.parentId());
        if (request.subdivisionCode() != null && !request.subdivisionCode().startsWith(request.countryCode() + "-")) {
            throw ProblemException.invalid("subdivisionCode", "must start with the countryCode followed by a hyphen");
        }
        partner.code = request.code();
        partner.name = request.name();
        partner.acronym = request.acronym();
        partner.names = new ArrayList<>(request.namesOrEmpty());
        partner.type = request.type();
        partner.parentId = request.parentId();
        partner.countryCode = request.countryCode();
        partner.subdivisionCode = request.subdivisionCode();
        partner.locality = request.locality();
        partner.website = request.website();
        partner.identifiers = new ArrayList<>(request.identifiersOrEmpty());
        partner.status = request.status() == null ? PartnerStatus.ACTIVE : request.status();
        partner.touch(caller.actor());
    }

    /** The parent must exist and must not be the partner itself or one of its units, at any depth. */
    private void checkParent(Partner partner, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        for (UUID ancestor = parentId; ancestor != null; ) {
            if (ancestor.equals(partner.id)) {
                throw ProblemException.unprocessableReference("parentId", "would make the partner a unit of itself");
            }
            if (!seen.add(ancestor)) {
                break;
            }
            Partner next = partners.findById(ancestor);
            if (next == null) {
                throw ProblemException.unprocessableReference("parentId", "no partner " + ancestor);
            }
            ancestor = next.parentId;
        }
    }

    /** @return the partner, once the caller is known to be responsible for it */
    private Partner loadForWrite(UUID id) {
        caller.requireWriter();
        Partner partner = load(id);
        caller.require(inOwnTree(id), "A partner's token writes only its own partner record and its units.");
        return partner;
    }

    /** @return whether the partner is the caller's own or one of its units, at any depth; false for null */
    private boolean inOwnTree(UUID id) {
        Set<UUID> seen = new HashSet<>();
        for (UUID ancestor = id; ancestor != null && seen.add(ancestor); ) {
            if (caller.actsFor(ancestor)) {
                return true;
            }
            Partner next = partners.findById(ancestor);
            ancestor = next == null ? null : next.parentId;
        }
        return false;
    }

    private Partner load(UUID id) {
        Partner partner = partners.findById(id);
        if (partner == null) {
            throw ProblemException.notFound("Partner", id);
        }
        return partner;
    }
}
