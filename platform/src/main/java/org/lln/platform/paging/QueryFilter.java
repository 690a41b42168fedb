package org.lln.platform.paging;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the optional filters of a list request into one HQL {@code where} clause with named
 * parameters; a filter whose value is null is skipped. Every clause is a bound parameter, never
 * concatenated input.
 */
public final class QueryFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    /**
     * Adds {@code clause} when {@code value} is not null.
     *
     * @param clause HQL condition referring to {@code :name}
     * @param name   the parameter name used in the clause
     * @param value  the bound value, or null to skip the clause
     * @return this filter
     */
    public QueryFilter where(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            values.put(name, value);
        }
        return this;
    }

    /**
     * Adds a case-insensitive substring match on a pre-normalised search column.
     *
     * @param column the attribute holding {@link SearchText#normalise(String...)} of the searchable fields
     * @param text   the client's search text, or null to skip
     * @return this filter
     */
    public QueryFilter contains(String column, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String escaped = SearchText.normalise(text)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return where(column + " like :q escape '\\'", "q", "%" + escaped + "%");
    }

    /** @return the {@code where} clause without the keyword, or {@code 1 = 1} when no filter applies */
    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    /** @return the bound parameters */
    public Parameters parameters() {
        Parameters parameters = new Parameters();
        values.forEach(parameters::and);
        return parameters;
    }
}
