package org.idds.cds.selection.patient;

import java.util.Optional;

/** Intracranial findings that bear on a dural puncture; an empty value means "not assessed". */
public record CranialWorkUp(
        Optional<Boolean> brainMetastases,
        Optional<Boolean> raisedIntracranialPressureSigns,
        Optional<Boolean> cranialImagingDone,
        Optional<Boolean> intracranialMassEffect) {

    public static CranialWorkUp unknown() {
        return new CranialWorkUp(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
