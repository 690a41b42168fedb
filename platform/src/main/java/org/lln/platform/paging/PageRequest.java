package org.lln.platform.paging;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.TreeSet;
import org.lln.platform.problem.InvalidParameterException;

/**
 * A validated list request: zero-based {@code page}, {@code size} from 1 to 100, and a stable sort
 * built from {@code sort=field,-other} over a whitelist of fields. The resource id is always the last
 * sort key, so equal values never change order between pages.
 *
 * @param page zero-based page index
 * @param size items per page, 1 to 100
 * @param sort the sort to apply, ending with {@code id}
 */
public record PageRequest(int page, int size, Sort sort) {

    /** Largest page size a client may ask for (DESIGN.md, HTTP conventions). */
    public static final int MAX_SIZE = 100;

    /** Largest row offset a page may start at; keeps {@code page × size} within an int for the database. */
    public static final int MAX_OFFSET = 1_000_000_000;

    /**
     * @param page     the {@code page} parameter, null for 0
     * @param size     the {@code size} parameter, null for 20
     * @param sort     the {@code sort} parameter, null for {@code defaultSort}
     * @param sortable API field names that may be sorted on, mapped to entity attributes
     * @param defaultSort the sort expression used when none is given, in the same syntax
     * @return the request
     * @throws InvalidParameterException (400) for a negative page, a page past {@link #MAX_OFFSET} rows, a size outside 1-100,
     *         or an unknown sort field
     */
    public static PageRequest of(
            Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw new InvalidParameterException(
                    "page", "is beyond the last page any list can have (page × size ≤ " + MAX_OFFSET + ")");
        }
        return new PageRequest(p, s, parseSort(sort == null || sort.isBlank() ? defaultSort : sort, sortable));
    }

    private static Sort parseSort(String expression, Map<String, String> sortable) {
        Sort result = null;
        for (String token : expression.split(",", -1)) {
            String field = token.trim();
            if (field.isEmpty() || field.equals("-") || field.equals("+")) {
                throw new InvalidParameterException("sort", "has an empty field; write e.g. name,-createdAt");
            }
            Sort.Direction direction = Sort.Direction.Ascending;
            if (field.startsWith("-")) {
                direction = Sort.Direction.Descending;
                field = field.substring(1);
            } else if (field.startsWith("+")) {
                field = field.substring(1);
            }
            String attribute = sortable.get(field);
            if (attribute == null) {
                throw new InvalidParameterException(
                        "sort",
                        "cannot sort by '" + field + "'; allowed: "
                                + String.join(", ", new TreeSet<>(sortable.keySet())));
            }
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        return result.and("id", Sort.Direction.Ascending);
    }

    /** @return the Panache page for this request */
    public Page panachePage() {
        return Page.of(page, size);
    }
}
