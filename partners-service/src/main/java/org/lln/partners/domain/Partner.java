package org.lln.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.lln.platform.paging.SearchText;
import org.lln.platform.persistence.ValueListMutability;
import org.lln.platform.persistence.VersionedEntity;
import org.lln.platform.security.Actor;

/**
 * A partner body of the network as stored in table {@code partner}: an organisation, or a unit of
 * another partner ({@code parentId}). Never returned as JSON; see {@code PartnerResponse}.
 */
@Entity
@Table(name = "partner")
public class Partner extends VersionedEntity {

    public String code;

    public String name;

    public String acronym;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<PartnerName> names = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public PartnerType type;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "subdivision_code")
    public String subdivisionCode;

    public String locality;

    public String website;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<PartnerIdentifier> identifiers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public PartnerStatus status;

    @Column(name = "search_text")
    public String searchText;

    /** @return a new partner with a fresh id and creation time, version 0 */
    public static Partner create() {
        Partner partner = new Partner();
        partner.initialise();
        return partner;
    }

    /** Marks the partner changed now by {@code actor} and recomputes the text the {@code q} filter searches. */
    public void touch(Actor actor) {
        markChanged(actor);
        List<String> parts = new ArrayList<>(List.of(code, name));
        if (acronym != null) {
            parts.add(acronym);
        }
        names.forEach(n -> parts.add(n.value()));
        searchText = SearchText.normalise(parts.toArray(String[]::new));
    }
}
