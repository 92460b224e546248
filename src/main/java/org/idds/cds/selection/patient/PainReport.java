package org.idds.cds.selection.patient;

import java.math.BigDecimal;
import java.util.Optional;
import org.idds.cds.selection.PainDistribution;
import org.idds.cds.selection.PainMechanism;

/**
 * Pain as reported: worst and average score on the 0-10 numeric rating scale (at most one decimal, never rounded),
 * mechanism, distribution, side-effect burden, whether it was managed (side-effect treatment or opioid rotation
 * tried), breakthrough episodes a day, and whether comprehensive management (adjuvants, opioid rotation, palliative
 * radiotherapy) was tried before calling the pain refractory by its opioid load.
 */
public record PainReport(
        Optional<BigDecimal> worstScore,
        Optional<PainMechanism> mechanism,
        Optional<PainDistribution> distribution,
        Optional<Boolean> intolerableSystemicSideEffects,
        Optional<Boolean> sideEffectManagementTried,
        Optional<BigDecimal> averageScore,
        Optional<Integer> breakthroughEpisodesPerDay,
        Optional<Boolean> comprehensiveManagementTried) {}
