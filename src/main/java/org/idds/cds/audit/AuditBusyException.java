package org.idds.cds.audit;

/** The audit writer's queue is full: the answer cannot be recorded in time, so none is returned. Try again. */
public final class AuditBusyException extends RuntimeException {
    public AuditBusyException(String message) {
        super(message);
    }
}
