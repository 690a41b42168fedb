package org.lln.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Test;
import org.lln.partners.domain.Partner;
import org.lln.testsupport.ActsAsAdmin;

/**
 * Hibernate's snapshot of a loaded partner, kept for the dirty check, copies the JSON list columns'
 * lists and shares their immutable elements ({@code ValueListMutability}), instead of writing and
 * parsing them through Jackson on every load.
 */
@QuarkusTest
@ActsAsAdmin
class SnapshotTest {

    @Inject
    Session session;

    @Test
    void snapshotOfAJsonListIsACopyOfTheListSharingItsElements() {
        UUID id = UUID.fromString(create(department(code("snap"))));

        QuarkusTransaction.requiringNew().run(() -> {
            Partner partner = session.find(Partner.class, id);
            EntityEntry entry = session.unwrap(SessionImplementor.class)
                    .getPersistenceContext()
                    .getEntry(partner);
            int names = entry.getPersister().getPropertyIndex("names");
            List<?> snapshot = (List<?>) entry.getLoadedState()[names];

            assertEquals(1, partner.names.size());
            assertEquals(partner.names, snapshot);
            assertNotSame(partner.names, snapshot, "the snapshot must not be the entity's own list");
            assertSame(partner.names.get(0), snapshot.get(0), "elements are shared, not rebuilt from JSON");
        });
    }
}
