package org.idds.cds.clinical;

/** Drug classes the selection rules reason about. */
public enum DrugClass {
    OPIOID,
    ANTICOAGULANT,
    ANTIPLATELET,
    NSAID,
    BENZODIAZEPINE,
    ADJUVANT,
    OTHER,
    /** Gabapentin and pregabalin: respiratory depression with opioids and other CNS depressants (FDA 2019). */
    GABAPENTINOID,
    /** Other CNS depressants given for sedation (hypnotics, sedating antipsychotics) not in a class above. */
    SEDATIVE,
    /** Systemic corticosteroids (prednisone, dexamethasone): they raise the question of immunosuppression. */
    CORTICOSTEROID
}
