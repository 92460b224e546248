package org.idds.cds.trial;

import java.math.BigDecimal;

/** One pain score during the trial (0-10) and when it was taken, in hours after the dose. */
public record PainScore(BigDecimal afterDoseHours, BigDecimal score) {}
