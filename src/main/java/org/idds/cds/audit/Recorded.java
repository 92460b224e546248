package org.idds.cds.audit;

/**
 * A result together with the exact JSON that was stored for it and must be returned: its UTF-8 bytes, serialised
 * once, compressed into the audit row from this array and sent as the response body from it. The array is shared, not
 * copied (it is the answer's largest allocation): nobody writes to it.
 */
public record Recorded<T>(T result, byte[] json) {}
