package org.idds.cds.clinical;

/**
 * A narrower class a catalogue drug may belong to beside its {@link DrugClass} (the catalogue's {@code classes}): rules
 * that mean a class read it instead of naming the drugs, so which drugs are in it is ruleset data.
 */
public enum PharmacologicalClass {
    /** Clopidogrel, prasugrel, ticagrelor: not interrupted inside the dual-antiplatelet window after a stent. */
    P2Y12_INHIBITOR,
    /** Warfarin, acenocoumarol: the procedure needs a normal INR. */
    VITAMIN_K_ANTAGONIST
}
