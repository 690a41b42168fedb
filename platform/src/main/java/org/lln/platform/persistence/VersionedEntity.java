package org.lln.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.lln.platform.security.Actor;

/**
 * The columns every owned resource has (DESIGN.md, Resources): a server-generated UUID {@code id}, a
 * {@code version} that Hibernate raises on every change (optimistic locking, the ETag), and the
 * {@code created_at} and {@code updated_at} instants, kept at PostgreSQL's microsecond precision so
 * what is stored, returned and published is the same, and who made the last change ({@code updated_by},
 * JSON: null for changes stored before actors were recorded).
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "updated_by")
    public Actor updatedBy;

    /** Gives a new entity its id and creation time; call once, from the entity's factory. */
    protected void initialise() {
        id = UUID.randomUUID();
        createdAt = now();
        updatedAt = createdAt;
    }

    /**
     * Records that the entity changed now.
     *
     * @param actor who changed it
     */
    public void markChanged(Actor actor) {
        updatedAt = now();
        updatedBy = actor;
    }

    /** @return the current instant at microsecond precision */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
