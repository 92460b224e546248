package org.idds.cds.domain;

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
