package org.lln.collaboration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.lln.collaboration.domain.ActionItem;
import org.lln.collaboration.domain.AreaPartner;
import org.lln.collaboration.domain.CollaborationArea;
import org.lln.collaboration.domain.PartnerRole;
import org.lln.platform.security.Caller;

/**
 * What a token acting for a partner may write in collaboration-service (OWASP API1:2023,
 * broken object level authorization, and API3, mass assignment): the areas its partner leads (role
 * {@code LEAD} in {@code partners}), their status and action items; a partner of an area that does not
 * lead it adds and updates only the action items its partner owns ({@code ownerPartnerId}). A lead
 * cannot drop itself from the lead (the secretariat, role admin, reassigns leads). Answered from this
 * service's own data; the token's partner is resolved through the read model of {@code lln.partners}.
 */
@ApplicationScoped
public class AreaOwnership {

    @Inject
    Caller caller;

    /** @throws org.lln.platform.problem.ProblemException 403 unless the caller's partner leads the new area */
    public void requireCreate(List<AreaPartner> partners) {
        caller.require(
                leads(partners),
                "A partner's token creates only areas its own partner leads: "
                        + "list its partner in partners with role LEAD.");
    }

    /** @throws org.lln.platform.problem.ProblemException 403 unless the caller's partner leads the area */
    public void requireWrite(CollaborationArea area) {
        caller.require(
                leads(area.partners),
                "A partner's token writes only the collaboration areas its partner "
                        + "leads (role LEAD in partners), and their status.");
    }

    /** @throws org.lln.platform.problem.ProblemException 403 when the change would leave the caller's partner no longer a lead */
    public void requireUpdate(List<AreaPartner> partners) {
        caller.require(
                leads(partners),
                "A partner's token keeps its partner a LEAD of the area it changes; "
                        + "the secretariat (role admin) reassigns leads.");
    }

    /**
     * @param area     the area
     * @param item     the stored item, or null for a new one
     * @param newOwner the owner the request gives it
     * @throws org.lln.platform.problem.ProblemException 403 unless the caller's partner leads the area, or is one of
     *                                                   its partners that owns the item before and after the change
     */
    public void requireAction(CollaborationArea area, ActionItem item, UUID newOwner) {
        boolean ownsIt = area.partners.stream().anyMatch(partner -> caller.actsFor(partner.partnerId()))
                && caller.actsFor(newOwner)
                && (item == null || caller.actsFor(item.ownerPartnerId));
        caller.require(
                leads(area.partners) || ownsIt,
                "A partner's token writes the action items of an area its "
                        + "partner leads, or, as a partner of the area, only action items its partner owns (ownerPartnerId) and keeps.");
    }

    private boolean leads(List<AreaPartner> partners) {
        return partners.stream()
                .anyMatch(partner -> partner.role() == PartnerRole.LEAD && caller.actsFor(partner.partnerId()));
    }
}
