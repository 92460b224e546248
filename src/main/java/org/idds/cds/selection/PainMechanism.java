package org.idds.cds.selection;

public enum PainMechanism {
    NOCICEPTIVE,
    NEUROPATHIC,
    MIXED
}
