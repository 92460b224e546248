package org.idds.cds.trial.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.trial.PlanningCase;
import org.idds.cds.trial.PlanningEvaluation;
import org.idds.cds.trial.TrialPlan;

/**
 * Trial planning under a given ruleset: the planning rules (rules/trial/planning/) evaluated on the trial concern's
 * own inputs ({@link PlanningCase}) with the trial concern's parameters, neither stored nor counted. The endpoint that
 * reads a stored candidacy and runs the safety concern's procedure check for the trial date composes this from above
 * the concerns ({@code mdt.service.TrialPlanService}) and stores the plan there.
 */
@ApplicationScoped
public class TrialPlanningService {

    private final RuleEngine engine;

    public TrialPlanningService(RuleEngine engine) {
        this.engine = engine;
    }

    public TrialPlan plan(PlanningCase planning, Ruleset ruleset) {
        Predicate<String> opioid = drug -> ruleset.drugs()
                .find(drug)
                .map(d -> d.drugClass() == DrugClass.OPIOID)
                .orElse(false);
        List<Object> facts = new ArrayList<>(ruleset.parameters(Concern.TRIAL));
        facts.addAll(planning.facts(ruleset.trialProtocols(), opioid));
        return new PlanningEvaluation(
                        ruleset, planning, opioid, engine.evaluate(ruleset.version(), Concern.TRIAL, facts))
                .plan();
    }
}
