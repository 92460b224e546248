package org.idds.cds.safety;

/**
 * The dated laboratory results a procedure check reads: in {@code labs} PLATELETS, INR and APTT; HBA1C and NEUTROPHILS
 * in the {@code infection} group.
 */
public enum LabTest {
    PLATELETS,
    INR,
    APTT,
    HBA1C,
    NEUTROPHILS
}
