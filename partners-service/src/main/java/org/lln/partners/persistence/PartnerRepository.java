package org.lln.partners.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.lln.partners.domain.Partner;

/** Stored partners, table {@code partner}. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /**
     * @param code a partner code
     * @return the partner with this code, if any
     */
    public Optional<Partner> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * @param id a partner id
     * @return how many partners are units of it
     */
    public long countUnits(UUID id) {
        return count("parentId", id);
    }
}
