package org.idds.cds.safety;

/** Why aspirin is taken: its hold differs (ASRA 2018); {@code NOT_APPLICABLE} for every other drug. */
public enum AspirinIndication {
    PRIMARY_PREVENTION,
    SECONDARY_PREVENTION,
    NOT_APPLICABLE
}
