package org.idds.cds.selection.patient;

import java.util.Optional;
import org.idds.cds.kernel.NotGiven;

/**
 * Intracranial findings that bear on a dural puncture; an empty value means "not assessed". Metastatic disease with a
 * new headache or new neurological signs calls for cranial imaging first; raised intracranial pressure or a mass
 * effect confirmed on that imaging rules a dural puncture out.
 */
public record CranialWorkUp(
        Optional<Boolean> brainMetastases,
        Optional<Boolean> raisedIntracranialPressureSigns,
        Optional<Boolean> cranialImagingDone,
        Optional<Boolean> intracranialMassEffect,
        Optional<Boolean> metastaticDisease,
        Optional<Boolean> newHeadacheOrNeurologicalSigns,
        Optional<Boolean> raisedIntracranialPressureOnImaging) {

    public static CranialWorkUp unknown() {
        return NotGiven.all(CranialWorkUp.class);
    }
}
