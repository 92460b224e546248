package org.idds.cds.kernel;

/** Physical dimension of a UCUM unit; quantities convert only within one dimension. */
public enum Dimension {
    MASS,
    MASS_PER_TIME,
    TIME,
    VOLUME,
    MASS_CONCENTRATION,
    VOLUME_PER_TIME,
    /** Cells per volume (platelet count). */
    COUNT_CONCENTRATION,
    /** HbA1c on the DCCT/NGSP percentage scale: not convertible to the IFCC scale by a factor. */
    HBA1C_NGSP,
    /** HbA1c on the IFCC mmol/mol scale. */
    HBA1C_IFCC,
    /** A score on a scale, such as the 0-10 numeric rating scale. */
    DIMENSIONLESS
}
