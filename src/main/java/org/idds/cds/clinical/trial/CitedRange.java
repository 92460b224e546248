package org.idds.cds.clinical.trial;

/** A dose range one source gives (for example the PACC 2017 trial bolus), kept as cited: never a default. */
public record CitedRange(String label, TrialFigure min, TrialFigure max) {}
