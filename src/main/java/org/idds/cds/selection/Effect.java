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
     * The criterion is for the MDT to judge: the cited definitions leave it open on these inputs (for example pain
     * below the threshold with intolerable side effects, an OME that crosses the threshold under one cited conversion
     * factor and not the other, or an imminently dying patient). Never a "not indicated".
     */
    MDT_JUDGEMENT,
    /** The case is outside what this ruleset assesses (non-cancer pain, a child): it is not judged by its criteria. */
    OUT_OF_SCOPE,
    /**
     * A check to confirm before any trial or implant is missing (infection, bleeding, coagulation, canal, the
     * patient's wish, refill access, labs): the verdict is given on what is known and marked provisional.
     */
    MISSING_TO_CONFIRM,
    /**
     * An input is implausible (a dose above its plausibility ceiling: a likely unit error): no verdict until it is
     * corrected or confirmed. Decides before every other effect.
     */
    IMPLAUSIBLE_INPUT
}
