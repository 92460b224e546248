package org.idds.cds.kernel.answer;

/**
 * An answer whose outcome is a status its concern's policy sets (the worst finding decides): a prescription, procedure
 * or follow-up check, a trial evaluation, a trial plan. Each concern keeps its own status values; the audit row
 * records the status by name.
 */
public interface StatusAnswer extends AuditedAnswer {

    Enum<?> status();

    @Override
    default String recordedOutcome() {
        return status().name();
    }
}
