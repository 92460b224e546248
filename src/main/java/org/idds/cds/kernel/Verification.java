package org.idds.cds.kernel;

/** Whether a figure or citation was read in its cited source (VERIFIED) or is recalled and still to be checked. */
public enum Verification {
    VERIFIED,
    UNVERIFIED
}
