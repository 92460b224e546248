package org.idds.cds.domain;

/** The clinical concern a rule belongs to; also the folder under {@code rules/}. */
public enum Concern {
    SELECTION,
    TRIAL,
    DOSING,
    SAFETY
}
