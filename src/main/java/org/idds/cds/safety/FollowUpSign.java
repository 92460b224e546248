package org.idds.cds.safety;

/**
 * What was observed at a post-implant event, each from one request field ({@link #input}): at the refill (the needle
 * not confirmed in the reservoir, no return on aspiration, swelling of the pocket, an injection through the catheter
 * access port; the drug, concentration or rate changed), in the patient (sedation, slow breathing) and at the device
 * (an alarm, a refill overdue, the replacement indicator, skin erosion, a flipped pump or a port that cannot be
 * reached, a catheter problem). Later topics add their own signs and request groups beside these.
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
    CATHETER_PROBLEM_SUSPECTED(Group.CATHETER, "observations.device.catheterProblemSuspected", "true");

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
        CATHETER
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
