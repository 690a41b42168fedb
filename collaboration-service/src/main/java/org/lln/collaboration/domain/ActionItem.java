package org.lln.collaboration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.lln.contract.ActionStatus;
import org.lln.platform.persistence.VersionedEntity;

/** An action item of a collaboration area, table {@code action_item}. Never returned as JSON. */
@Entity
@Table(name = "action_item")
public class ActionItem extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public CollaborationArea area;

    public String title;

    @Column(name = "owner_partner_id")
    public UUID ownerPartnerId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    /**
     * @param area the area it belongs to
     * @return a new item with a fresh id and creation time, version 0, already in {@code area.actions}
     */
    public static ActionItem createIn(CollaborationArea area) {
        ActionItem item = new ActionItem();
        item.initialise();
        item.area = area;
        area.actions.add(item);
        return item;
    }

    /**
     * @param today the current date in the network's time zone
     * @return whether the item is still pending after its due date
     */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status.isPending();
    }
}
