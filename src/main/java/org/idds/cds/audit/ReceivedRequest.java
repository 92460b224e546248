package org.idds.cds.audit;

/**
 * A request as the audit keeps it: the version of the request format it was read as ({@code schema}, e.g.
 * {@code candidacy-request/1}), the bytes exactly as received, and the validated request re-serialised (what the
 * rules saw).
 */
public record ReceivedRequest(String schema, RawRequest raw, String parsedJson) {}
