package org.idds.cds.selection.patient;

import java.util.Optional;
import org.idds.cds.selection.PainDistribution;
import org.idds.cds.selection.PainMechanism;

/** Pain as reported: worst score on the 0-10 numeric rating scale, mechanism, distribution, side-effect burden and whether it was managed (side-effect treatment or opioid rotation tried). */
public record PainReport(
        Optional<Integer> worstScore,
        Optional<PainMechanism> mechanism,
        Optional<PainDistribution> distribution,
        Optional<Boolean> intolerableSystemicSideEffects,
        Optional<Boolean> sideEffectManagementTried) {

    public PainReport(
            Optional<Integer> worstScore,
            Optional<PainMechanism> mechanism,
            Optional<PainDistribution> distribution,
            Optional<Boolean> intolerableSystemicSideEffects) {
        this(worstScore, mechanism, distribution, intolerableSystemicSideEffects, Optional.empty());
    }
}
