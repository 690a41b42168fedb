package org.lln.partners.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.lln.partners.persistence.PartnerRepository;
import org.lln.platform.security.PartnerDirectory;

/** partners-service owns the partners: a token's partner code is looked up in its own table. */
@ApplicationScoped
public class PartnerCodes implements PartnerDirectory {

    @Inject
    PartnerRepository partners;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> idOf(String code) {
        return partners.findByCode(code).map(partner -> partner.id);
    }
}
