package org.idds.cds.kernel;

/** Physical dimension of a UCUM unit; quantities convert only within one dimension. */
public enum Dimension {
    MASS,
    MASS_PER_TIME,
    TIME,
    VOLUME,
    MASS_CONCENTRATION,
    VOLUME_PER_TIME,
    /** A score on a scale, such as the 0-10 numeric rating scale. */
    DIMENSIONLESS
}
