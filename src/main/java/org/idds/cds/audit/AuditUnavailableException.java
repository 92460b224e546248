package org.idds.cds.audit;

/** The audit store could not record or read an assessment; no unrecorded recommendation may be returned. */
public final class AuditUnavailableException extends RuntimeException {
    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
