package org.lln.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/**
 * The list envelope of DESIGN.md: {@code {items, page, size, totalItems, totalPages}}.
 *
 * @param items      the items of this page, in sort order
 * @param page       zero-based page index
 * @param size       requested page size
 * @param totalItems number of items matching the filters
 * @param totalPages number of pages of {@code size} items
 * @param <T>        the item type
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /**
     * Runs a Panache query for one page and maps its entities to API records.
     *
     * @param query   the filtered query, not yet paged or sorted
     * @param request the page and size
     * @param mapper  entity to API record
     * @param <E>     entity type
     * @param <T>     API record type
     * @return the page
     */
    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        long total = query.count();
        List<T> items =
                query.page(request.panachePage()).list().stream().map(mapper).toList();
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), total, pages);
    }
}
