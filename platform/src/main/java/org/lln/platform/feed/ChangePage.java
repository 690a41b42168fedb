package org.lln.platform.feed;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param items changes in publication order
 * @param next  the {@code after} value for the next request: the last position here, or the request's own {@code after}
 */
public record ChangePage(List<Change> items, long next) {}
