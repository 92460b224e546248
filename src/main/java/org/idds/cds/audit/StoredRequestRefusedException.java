package org.idds.cds.audit;

import java.util.UUID;

/**
 * A stored request that today's input rules or request format refuse (a date outside its window, say): it is not
 * replayed, and the caller is told which field, never a server error. {@code reason} never quotes the stored value:
 * replays answer governance too, who see no patient data.
 */
public class StoredRequestRefusedException extends RuntimeException {

    private final UUID id;
    private final String field;

    public StoredRequestRefusedException(UUID id, String field, String reason) {
        super(reason);
        this.id = id;
        this.field = field;
    }

    public UUID id() {
        return id;
    }

    public String field() {
        return field;
    }
}
