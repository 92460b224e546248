package org.idds.cds.safety;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Quantity;

/**
 * A planned neuraxial procedure to check, parsed and bounded at the boundary: the procedure, the antithrombotics
 * with their last doses, what makes stopping them a thrombotic risk (a coronary stent with its type and date), the
 * creatinine clearance, the dated laboratory results, and the respiratory-risk answers (the monitoring after an implant,
 * a trial or a revision).
 */
public record ProcedureCheck(
        PlannedProcedure procedure,
        List<Antithrombotic> antithrombotics,
        List<ThromboticRiskFactor> thromboticRisks,
        List<CoronaryStent> stents,
        Optional<Quantity> creatinineClearance,
        List<Lab> labs,
        RespiratoryRiskAnswers respiratoryRisk) {

    /** Where the respiratory-risk group sits in a procedure-check request. */
    public static final String RESPIRATORY_RISK = "respiratoryRisk";

    /** A check whose request gives no respiratory-risk group (every answer of it not known). */
    public ProcedureCheck(
            PlannedProcedure procedure,
            List<Antithrombotic> antithrombotics,
            List<ThromboticRiskFactor> thromboticRisks,
            List<CoronaryStent> stents,
            Optional<Quantity> creatinineClearance,
            List<Lab> labs) {
        this(
                procedure,
                antithrombotics,
                thromboticRisks,
                stents,
                creatinineClearance,
                labs,
                RespiratoryRiskAnswers.notGiven(RESPIRATORY_RISK));
    }

    public ProcedureCheck {
        antithrombotics = List.copyOf(antithrombotics);
        thromboticRisks = List.copyOf(thromboticRisks);
        stents = List.copyOf(stents);
        labs = List.copyOf(labs);
    }

    /** The facts the rules read (the ruleset's parameters are added by the caller). */
    public List<Object> facts() {
        List<Object> facts = new java.util.ArrayList<>();
        facts.add(procedure);
        facts.addAll(antithrombotics);
        facts.addAll(thromboticRisks);
        facts.addAll(stents);
        creatinineClearance.map(CreatinineClearance::new).ifPresent(facts::add);
        facts.addAll(labs);
        RespiratoryOccasion.of(procedure).ifPresent(o -> facts.addAll(respiratoryRisk.facts(o)));
        return facts;
    }
}
