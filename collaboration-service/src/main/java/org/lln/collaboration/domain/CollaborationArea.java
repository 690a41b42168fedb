package org.lln.collaboration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.lln.contract.AreaStatus;
import org.lln.platform.paging.SearchText;
import org.lln.platform.persistence.ValueListMutability;
import org.lln.platform.persistence.VersionedEntity;
import org.lln.platform.security.Actor;

/**
 * A collaboration area as stored in table {@code collaboration_area}, with its action items. Never
 * returned as JSON; see {@code CollaborationAreaResponse}. {@code partnerIds} mirrors the ids in
 * {@code partners} so the {@code partnerId} filter can use an array index.
 */
@Entity
@Table(name = "collaboration_area")
public class CollaborationArea extends VersionedEntity {

    public String code;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public Theme theme;

    /** {@link Dimension} names, in the client's order, without repeats. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> dimensions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public AreaStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<AreaPartner> partners = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_ids")
    public List<UUID> partnerIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "origin_event_ids")
    public List<UUID> originEventIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets")
    public List<String> sdgTargets = new ArrayList<>();

    /** Loaded for up to 100 areas at once, so a list page costs one query for all its areas' actions. */
    @OneToMany(mappedBy = "area")
    @BatchSize(size = 100)
    public List<ActionItem> actions = new ArrayList<>();

    @Column(name = "search_text")
    public String searchText;

    /** @return a new area with a fresh id and creation time, status IDENTIFIED, version 0 */
    public static CollaborationArea create() {
        CollaborationArea area = new CollaborationArea();
        area.id = UUID.randomUUID();
        area.status = AreaStatus.IDENTIFIED;
        area.createdAt = now();
        area.updatedAt = area.createdAt;
        return area;
    }

    /**
     * Replaces the partners and keeps {@code partnerIds} in step.
     *
     * @param list the partners, each id once
     */
    public void setPartners(List<AreaPartner> list) {
        partners = new ArrayList<>(list);
        partnerIds = new ArrayList<>(list.stream().map(AreaPartner::partnerId).toList());
    }

    /** Marks the area changed now by {@code actor} (so its version moves on) and recomputes the text {@code q} searches. */
    public void touch(Actor actor) {
        markChanged(actor);
        searchText = SearchText.normalise(code, title, description);
    }
}
