package org.idds.cds.clinical;

/** Drug classes the selection rules reason about. */
public enum DrugClass {
    OPIOID,
    ANTICOAGULANT,
    ANTIPLATELET,
    NSAID,
    BENZODIAZEPINE,
    ADJUVANT,
    OTHER
}
