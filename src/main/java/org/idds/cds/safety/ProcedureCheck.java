package org.idds.cds.safety;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Quantity;

/**
 * A planned neuraxial procedure to check, parsed and bounded at the boundary: the procedure, the antithrombotics
 * with their last doses, what makes stopping them a thrombotic risk (a coronary stent with its type and date), the
 * creatinine clearance, the dated laboratory results, the infection items when the group was given, and the
 * respiratory-risk answers (the monitoring after an implant, a trial or a revision), and the neurology group (the
 * baseline neurological examination before an implant) when it was given.
 */
public record ProcedureCheck(
        PlannedProcedure procedure,
        List<Antithrombotic> antithrombotics,
        List<ThromboticRiskFactor> thromboticRisks,
        List<CoronaryStent> stents,
        Optional<Quantity> creatinineClearance,
        List<Lab> labs,
        Optional<InfectionBeforeProcedure> infection,
        RespiratoryRiskAnswers respiratoryRisk,
        Optional<NeurologicalBaseline> neurology) {

    /** Where the respiratory-risk group sits in a procedure-check request. */
    public static final String RESPIRATORY_RISK = "respiratoryRisk";

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
        infection.ifPresent(i -> facts.addAll(i.facts()));
        RespiratoryOccasion.of(procedure).ifPresent(o -> facts.addAll(respiratoryRisk.facts(o)));
        neurology.ifPresent(facts::add);
        return facts;
    }
}
