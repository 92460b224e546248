package org.idds.cds.kernel;

/** The clinical concern a rule belongs to; also the folder under {@code rules/}. */
public enum Concern {
    SELECTION,
    TRIAL,
    DOSING,
    SAFETY
}
