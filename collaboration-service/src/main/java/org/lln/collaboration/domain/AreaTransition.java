package org.lln.collaboration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.lln.contract.AreaStatus;
import org.lln.platform.security.Actor;

/**
 * One status change of a collaboration area, table {@code area_transition}; its {@code id} (column
 * {@code sequence}) orders them. The first row of an area records its creation ({@code fromStatus} null).
 */
@Entity
@Table(name = "area_transition")
public class AreaTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "sequence")
    public Long id;

    @Column(name = "area_id")
    public UUID areaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AreaStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public AreaStatus toStatus;

    public String note;

    @Column(name = "changed_at")
    public Instant at;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Actor actor;

    /**
     * @param area the area, already in its new status
     * @param from its previous status, or null when it was just created
     * @param note why, up to 2000 characters, or null
     * @return the transition, at the area's {@code updatedAt}, by its {@code updatedBy}
     */
    public static AreaTransition of(CollaborationArea area, AreaStatus from, String note) {
        AreaTransition transition = new AreaTransition();
        transition.areaId = area.id;
        transition.fromStatus = from;
        transition.toStatus = area.status;
        transition.note = note;
        transition.at = area.updatedAt;
        transition.actor = area.updatedBy;
        return transition;
    }
}
