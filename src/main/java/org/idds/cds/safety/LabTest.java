package org.idds.cds.safety;

/** The dated laboratory results a procedure check reads. */
public enum LabTest {
    PLATELETS,
    INR,
    APTT
}
