package org.idds.cds.kernel;

/**
 * Whether a figure or citation was read in its cited source (VERIFIED), is recalled and still to be checked
 * (UNVERIFIED), or was contradicted by the best source found (CONTRADICTED: that source gives another value). The
 * knowledge-file schemas say where each is allowed: today CONTRADICTED only on device-model and trial-protocol figures.
 */
public enum Verification {
    VERIFIED,
    UNVERIFIED,
    CONTRADICTED
}
