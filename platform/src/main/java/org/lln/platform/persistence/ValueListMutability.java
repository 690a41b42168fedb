package org.lln.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.type.descriptor.java.MutableMutabilityPlan;

/**
 * How Hibernate snapshots a JSON column holding a list of records ({@code @Mutability} on the attribute):
 * the list can change, its elements cannot, so a copy of the list is an exact snapshot for the dirty
 * check. Without it, a JSON column's snapshot is a serialise-and-parse round trip through Jackson on every
 * load and persist (Hibernate ORM User Guide, "Mutability").
 */
public class ValueListMutability extends MutableMutabilityPlan<List<?>> {

    @Override
    protected List<?> deepCopyNotNull(List<?> value) {
        return new ArrayList<>(value);
    }
}
