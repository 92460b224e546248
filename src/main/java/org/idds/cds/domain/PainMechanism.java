package org.idds.cds.domain;

public enum PainMechanism {
    NOCICEPTIVE,
    NEUROPATHIC,
    MIXED
}
