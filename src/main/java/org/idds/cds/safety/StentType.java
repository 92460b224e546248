package org.idds.cds.safety;

/** A coronary stent's type: its dual-antiplatelet window differs. */
public enum StentType {
    DRUG_ELUTING,
    BARE_METAL
}
