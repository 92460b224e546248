package org.idds.cds.safety;

/** The inputs a procedure-check rule may name in its metadata ({@code inputs} in rules.json). */
public enum ProcedureField {
    PROCEDURE,
    ANTITHROMBOTICS,
    THROMBOTIC_RISK,
    CREATININE_CLEARANCE,
    LABS,
    INFECTION,
    RESPIRATORY_RISK,
    NEUROLOGY
}
