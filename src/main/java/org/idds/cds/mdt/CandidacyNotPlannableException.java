package org.idds.cds.mdt;

import java.util.UUID;

/**
 * The candidacy assessment a trial plan names cannot be planned from: no stored assessment this caller may read has
 * the id, it is an assessment of another kind, its verdict is not a candidate, or its answer is in a format the plan
 * does not read. Nothing is planned or stored; the message names no patient data.
 */
public final class CandidacyNotPlannableException extends RuntimeException {

    /** Why the candidacy cannot be planned from. */
    public enum Reason {
        NOT_FOUND,
        NOT_A_CANDIDACY,
        NOT_A_CANDIDATE,
        ANSWER_FORMAT
    }

    private final UUID id;
    private final Reason reason;

    public CandidacyNotPlannableException(UUID id, Reason reason, String message) {
        super(message);
        this.id = id;
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public Reason reason() {
        return reason;
    }
}
