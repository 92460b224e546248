package org.idds.cds.safety;

/** The planned neuraxial procedure; its bleeding-risk class is the rules' judgement, not this enum's. */
public enum ProcedureKind {
    TRIAL_SINGLE_SHOT,
    TRIAL_CATHETER,
    IMPLANT,
    CATHETER_REVISION,
    PUMP_REPLACEMENT,
    CATHETER_REMOVAL
}
