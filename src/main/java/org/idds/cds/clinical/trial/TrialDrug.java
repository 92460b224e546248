package org.idds.cds.clinical.trial;

import java.util.Optional;

/**
 * One drug of a trial: its catalogue name, whether it may be left out (a local anaesthetic beside the opioid), the
 * product suitable for the trial, why the use is off-label where it is, and its dose as site policy.
 */
public record TrialDrug(
        String drug,
        boolean optional,
        Optional<TrialStatement> product,
        Optional<TrialStatement> offLabel,
        SitePolicy<CitedRange> dose) {}
