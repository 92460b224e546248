package org.idds.cds.clinical;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Verification;

/**
 * Peri-procedural hold for a high bleeding-risk neuraxial procedure (IDDS implant), under the site policy named in
 * {@code policy}, with the alternative the policy rejected, so both sources stay visible. {@code normalBeforeProcedure}
 * names the laboratory test that must be within the laboratory's reference range on the day (INR for warfarin);
 * {@code renal} lengthens the hold below a creatinine clearance (dabigatran).
 */
public record HoldAdvice(
        Quantity stopBefore,
        Quantity restartAfter,
        String policy,
        String policyNote,
        Verification verification,
        List<Citation> citations,
        Optional<CoagulationTest> normalBeforeProcedure,
        Optional<RenalHold> renal) {

    public HoldAdvice(
            Quantity stopBefore,
            Quantity restartAfter,
            String policy,
            String policyNote,
            Verification verification,
            List<Citation> citations) {
        this(stopBefore, restartAfter, policy, policyNote, verification, citations, Optional.empty(), Optional.empty());
    }

    /** A laboratory test that must be normal before the procedure while on the drug. */
    public enum CoagulationTest {
        INR,
        APTT
    }

    /**
     * The longer hold when renal function is impaired: below {@code creatinineClearanceBelow} (mL/min), stop
     * {@code stopBefore} ahead of the procedure instead.
     */
    public record RenalHold(
            Quantity creatinineClearanceBelow,
            Quantity stopBefore,
            String note,
            Verification verification,
            List<Citation> citations) {}
}
