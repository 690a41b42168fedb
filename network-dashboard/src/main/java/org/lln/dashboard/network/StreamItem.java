package org.lln.dashboard.network;

/**
 * One Server-Sent Event of {@code /api/stream}.
 *
 * @param id   the stream position, {@code <instance>.<sequence>}, which a reconnecting client sends back as {@code Last-Event-ID}
 * @param name {@code snapshot} (data: a Summary) or {@code delta} (data: a Delta)
 * @param data the event's JSON data
 */
public record StreamItem(String id, String name, Object data) {}
