package org.idds.cds.selection;

/**
 * What a finding means for the candidacy verdict. The verdict is an aggregation over these effects that the ruleset
 * states (see {@link OutcomePolicy}); rules decide the effect, governance text comes from the rule metadata.
 */
public enum Effect {
    /** The inclusion criterion (refractory pain) is met. Reserved for it: the verdict requires one. */
    CRITERION_MET,
    /** An inclusion criterion is checked and not met: the patient is not a candidate now. */
    CRITERION_NOT_MET,
    /** A contraindication or the patient's refusal: not a candidate. */
    EXCLUDES,
    /** Something must be fixed first (infection, uncontrolled bleeding, refill logistics). */
    DEFER,
    /** A precaution to manage around the procedure; candidacy stands. */
    PRECAUTION,
    /** Planning advice (device type, imaging, drug choice); does not change the verdict. */
    PLAN,
    /** A required input is missing: the verdict cannot be given without it. */
    MISSING_REQUIRED,
    /** An input that would refine the plan is missing; the verdict does not depend on it. */
    MISSING_ADVISORY,
    /**
     * An input is implausible (a dose above its plausibility ceiling: a likely unit error): no verdict until it is
     * corrected or confirmed. Decides before every other effect.
     */
    IMPLAUSIBLE_INPUT
}
