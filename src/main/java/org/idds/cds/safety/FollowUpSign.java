package org.idds.cds.safety;

/**
 * What was observed at a post-implant event, each from one request field ({@link #input}): at the refill (the needle
 * not confirmed in the reservoir, no return on aspiration, swelling of the pocket, an injection through the catheter
 * access port; the drug, concentration or rate changed), in the patient (sedation, slow breathing) and at the device
 * (an alarm, a refill overdue, the replacement indicator, skin erosion, a flipped pump or a port that cannot be
 * reached, a catheter problem), the granuloma topic's (loss of analgesia or escalation without benefit, a new
 * neurological sign, harder CSF aspiration) and the infection topic's (wound, deep wound, CSF leak, systemic signs, and
 * the patient's neutropenia or systemic steroids) and the drug-specific topic's (mental state, muscle, circulation).
 * Later topics add their own signs and request groups beside these.
 */
public enum FollowUpSign {
    NEEDLE_NOT_CONFIRMED_IN_RESERVOIR(
            Group.REFILL_PROCEDURE, "observations.refillProcedure.needleConfirmedInReservoir", "false"),
    NO_RETURN_ON_ASPIRATION(Group.REFILL_PROCEDURE, "observations.refillProcedure.returnOnAspiration", "false"),
    POCKET_SWELLING(Group.REFILL_PROCEDURE, "observations.refillProcedure.pocketSwelling", "true"),
    INJECTED_THROUGH_CATHETER_ACCESS_PORT(
            Group.CATHETER_ACCESS_PORT, "observations.refillProcedure.injectedThroughCatheterAccessPort", "true"),
    DRUG_OR_CONCENTRATION_CHANGED(Group.REFILL_CHANGES, "refill.changes.drugOrConcentration", "true"),
    RATE_CHANGED(Group.REFILL_CHANGES, "refill.changes.rate", "true"),
    SEDATION(Group.OVERDOSE_SIGNS, "observations.overdoseSigns.sedation", "true"),
    SLOW_BREATHING(Group.OVERDOSE_SIGNS, "observations.overdoseSigns.slowBreathing", "true"),
    LOW_RESERVOIR_ALARM(Group.LOW_RESERVOIR, "observations.device.lowReservoirAlarm", "true"),
    REFILL_OVERDUE(Group.LOW_RESERVOIR, "observations.device.refillOverdue", "true"),
    REPLACEMENT_INDICATOR(Group.REPLACEMENT_INDICATOR, "observations.device.replacementIndicator", "true"),
    SKIN_EROSION(Group.SKIN_EROSION, "observations.device.skinErosion", "true"),
    PUMP_FLIPPED(Group.DEVICE_MANIPULATION, "observations.device.pumpFlipped", "true"),
    PORT_NOT_ACCESSIBLE(Group.DEVICE_MANIPULATION, "observations.device.portNotAccessible", "true"),
    CATHETER_PROBLEM_SUSPECTED(Group.CATHETER, "observations.device.catheterProblemSuspected", "true"),
    LOSS_OF_ANALGESIA(Group.ANALGESIA_CHANGE, "observations.neurological.lossOfAnalgesia", "true"),
    DOSE_ESCALATION_WITHOUT_BENEFIT(
            Group.ANALGESIA_CHANGE, "observations.neurological.doseEscalationWithoutBenefit", "true"),
    NEW_NEUROLOGICAL_DEFICIT(Group.NEUROLOGICAL_SIGN, "observations.neurological.newNeurologicalDeficit", "true"),
    RADICULAR_PAIN_AT_TIP_LEVEL(Group.NEUROLOGICAL_SIGN, "observations.neurological.radicularPainAtTipLevel", "true"),
    BOWEL_OR_BLADDER_CHANGE(Group.NEUROLOGICAL_SIGN, "observations.neurological.bowelOrBladderChange", "true"),
    HARDER_CSF_ASPIRATION(Group.CSF_ASPIRATION, "observations.neurological.harderCsfAspiration", "true"),
    WOUND_REDNESS(Group.WOUND, "observations.wound.redness", "true"),
    WOUND_SWELLING(Group.WOUND, "observations.wound.swelling", "true"),
    WOUND_WARMTH(Group.WOUND, "observations.wound.warmth", "true"),
    WOUND_TENDERNESS(Group.WOUND, "observations.wound.tenderness", "true"),
    PURULENT_DRAINAGE(Group.DEEP_WOUND, "observations.wound.purulentDrainage", "true"),
    WOUND_DEHISCENCE(Group.DEEP_WOUND, "observations.wound.dehiscence", "true"),
    POCKET_FLUID(Group.DEEP_WOUND, "observations.wound.pocketFluid", "true"),
    CLEAR_FLUID_LEAK(Group.CSF_LEAK, "observations.wound.clearFluidLeak", "true"),
    FEVER(Group.SYSTEMIC, "observations.systemic.fever", "true"),
    HEADACHE(Group.SYSTEMIC, "observations.systemic.headache", "true"),
    NECK_STIFFNESS(Group.SYSTEMIC, "observations.systemic.neckStiffness", "true"),
    ALTERED_MENTAL_STATE(Group.SYSTEMIC, "observations.systemic.alteredMentalState", "true"),
    PHOTOPHOBIA(Group.SYSTEMIC, "observations.systemic.photophobia", "true"),
    POSITIONAL_HEADACHE(Group.CSF_LEAK, "observations.systemic.positionalHeadache", "true"),
    NEUTROPENIA(Group.IMMUNE_DEFENCES, "patient.neutropenia", "true"),
    SYSTEMIC_STEROIDS(Group.IMMUNE_DEFENCES, "patient.systemicSteroids", "true"),
    NEW_DEPRESSION(Group.MENTAL_STATE, "observations.mentalState.depression", "true"),
    SUICIDALITY(Group.MENTAL_STATE, "observations.mentalState.suicidality", "true"),
    HALLUCINATIONS_OR_PARANOIA(Group.MENTAL_STATE, "observations.mentalState.hallucinationsOrParanoia", "true"),
    CONFUSION(Group.MENTAL_STATE, "observations.mentalState.confusion", "true"),
    MEMORY_IMPAIRMENT(Group.MENTAL_STATE, "observations.mentalState.memoryImpairment", "true"),
    REDUCED_ALERTNESS(Group.MENTAL_STATE, "observations.mentalState.reducedAlertness", "true"),
    CK_ABOVE_LAB_RANGE(Group.MUSCLE, "observations.muscle.ckAboveLabRange", "true"),
    MYALGIA(Group.MUSCLE, "observations.muscle.myalgia", "true"),
    HYPOTENSION(Group.CIRCULATION, "observations.circulation.hypotension", "true"),
    BRADYCARDIA(Group.CIRCULATION, "observations.circulation.bradycardia", "true");

    /**
     * The signs a rule reads together (any of them present is one fact, {@link ObservedSigns}, so a rule fires once
     * and shows each sign present).
     */
    public enum Group {
        REFILL_PROCEDURE,
        CATHETER_ACCESS_PORT,
        REFILL_CHANGES,
        OVERDOSE_SIGNS,
        LOW_RESERVOIR,
        REPLACEMENT_INDICATOR,
        SKIN_EROSION,
        DEVICE_MANIPULATION,
        CATHETER,
        /** Loss of analgesia or dose escalation without benefit (granuloma). */
        ANALGESIA_CHANGE,
        /** A new neurological sign: a deficit, radicular pain at the catheter-tip level, bowel or bladder change. */
        NEUROLOGICAL_SIGN,
        /** Harder CSF aspiration through the catheter access port (a granuloma's device clue). */
        CSF_ASPIRATION,
        /** Superficial wound signs: redness, swelling, warmth, tenderness. */
        WOUND,
        /** Deep or pocket signs: purulent drainage, dehiscence, fluid in the pocket. */
        DEEP_WOUND,
        /** Clear fluid leaking at a wound, or a positional headache (CSF leak, post-dural puncture headache). */
        CSF_LEAK,
        /** Systemic signs: fever, headache, neck stiffness, altered mental state, photophobia. */
        SYSTEMIC,
        /** Neutropenia or systemic steroids: wound signs are never reassuring. */
        IMMUNE_DEFENCES,
        /**
         * A new psychiatric or cognitive sign: depression, suicidality, hallucinations or paranoia, confusion, memory
         * impairment, reduced alertness (the drug-specific topic reads them with ziconotide).
         */
        MENTAL_STATE,
        /** A creatine kinase above the laboratory's range, or myalgia (with ziconotide). */
        MUSCLE,
        /** Hypotension or bradycardia, as the clinician judges them (with clonidine or a local anaesthetic). */
        CIRCULATION
    }

    private final Group group;
    private final String input;
    private final String value;

    FollowUpSign(Group group, String input, String value) {
        this.group = group;
        this.input = input;
        this.value = value;
    }

    /** The group of signs a rule reads together. */
    public Group group() {
        return group;
    }

    /** The request field this sign is read from. */
    public String input() {
        return input;
    }

    /** The value of that field that means the sign is present. */
    public String value() {
        return value;
    }
}
