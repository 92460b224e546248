package org.idds.cds.selection;

import java.util.Collection;

/** The candidacy verdict: a fixed aggregation over the effects of all findings, strongest first. */
public enum Verdict {
    NOT_CANDIDATE,
    DEFER,
    INSUFFICIENT_INFORMATION,
    CANDIDATE_WITH_PRECAUTIONS,
    CANDIDATE;

    /**
     * A contraindication or an unmet inclusion criterion decides first; then anything to fix first; then missing
     * required inputs. Candidacy needs at least one met criterion (refractory pain): guard-complete rules make
     * that certain once nothing required is missing, and its absence is treated as missing information.
     */
    public static Verdict from(Collection<Effect> effects) {
        if (effects.contains(Effect.EXCLUDES) || effects.contains(Effect.CRITERION_NOT_MET)) {
            return NOT_CANDIDATE;
        }
        if (effects.contains(Effect.DEFER)) {
            return DEFER;
        }
        if (effects.contains(Effect.MISSING_REQUIRED) || !effects.contains(Effect.CRITERION_MET)) {
            return INSUFFICIENT_INFORMATION;
        }
        return effects.contains(Effect.PRECAUTION) ? CANDIDATE_WITH_PRECAUTIONS : CANDIDATE;
    }
}
