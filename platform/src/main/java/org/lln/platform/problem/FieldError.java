package org.lln.platform.problem;

/**
 * One rejected input of a request, as listed in a problem's {@code errors} member.
 *
 * @param field   JSON path of the offending member in the request body ({@code names[0].lang}),
 *                or the name of the query, path or header parameter
 * @param message what is wrong with it, in plain English
 */
public record FieldError(String field, String message) {}
