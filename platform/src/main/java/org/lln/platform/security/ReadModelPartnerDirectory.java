package org.lln.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link PartnerDirectory} of a service that learns partners from {@code lln.partners}: the partner
 * rows of its {@code read_model} table. A partner created a moment ago may not have arrived yet.
 */
@ApplicationScoped
@DefaultBean
public class ReadModelPartnerDirectory implements PartnerDirectory {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> idOf(String code) {
        List<?> ids = entityManager
                .createNativeQuery("""
                        select id from read_model
                        where resource_type = 'partner' and not deleted and data @> cast(:code as jsonb)""")
                .setParameter(
                        "code", mapper.createObjectNode().put("code", code).toString())
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of((UUID) ids.get(0));
    }
}
