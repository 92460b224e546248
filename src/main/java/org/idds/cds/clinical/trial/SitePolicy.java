package org.idds.cds.clinical.trial;

import java.util.List;

/**
 * A choice the site makes as its own cited policy (decision 0008): what the sources say ({@code cited}), and why the
 * ruleset sets no default ({@code noDefault}). A dose range, the handling of systemic opioids and a success threshold
 * are such choices: a stricter success threshold denies implants, stopping systemic opioids in a tolerant patient
 * causes withdrawal.
 */
public record SitePolicy<T>(String noDefault, List<T> cited) {

    public SitePolicy {
        cited = List.copyOf(cited);
    }
}
