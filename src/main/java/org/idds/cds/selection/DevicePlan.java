package org.idds.cds.selection;

/** The delivery system the prognosis points to. */
public enum DevicePlan {
    FULLY_IMPLANTED_PUMP,
    EXTERNAL_SYSTEM,
    PERCUTANEOUS_CATHETER
}
