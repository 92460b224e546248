package org.idds.cds.audit;

/** A result together with the exact JSON that was stored for it and must be returned. */
public record Recorded<T>(T result, String json) {}
