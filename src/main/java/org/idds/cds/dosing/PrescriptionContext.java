package org.idds.cds.dosing;

/**
 * What the prescription is, as the prescriber states it: the context decides which checks apply (a start is judged
 * against starting doses, a change of drug as a conversion, a restart as a start once tolerance may be lost) and what
 * respiratory monitoring the labels advise.
 */
public enum PrescriptionContext {
    /** The first intrathecal dose: a trial, or the start of an infusion at implant. */
    FIRST_DOSE,
    /** The same drugs, concentrations and doses carried on (a refill without a change). */
    CONTINUATION,
    DOSE_INCREASE,
    DOSE_DECREASE,
    /** A different drug or a different concentration of the same drug. */
    DRUG_OR_CONCENTRATION_CHANGE,
    /** Intrathecal therapy restarted after an interruption (its length given, or unknown: the worst case). */
    RESTART_AFTER_INTERRUPTION,
    /** After a catheter or pump revision or replacement. */
    AFTER_CATHETER_OR_PUMP_REVISION;

    /** A start: the first dose, or a restart once tolerance may be lost (an interruption of unknown length counts). */
    public boolean isStart() {
        return this == FIRST_DOSE || this == RESTART_AFTER_INTERRUPTION;
    }

    /** The context compares the new prescription with the one it replaces, so the previous one is required. */
    public boolean needsPrevious() {
        return this == DOSE_INCREASE || this == DOSE_DECREASE || this == DRUG_OR_CONCENTRATION_CHANGE;
    }
}
