package org.idds.cds.mdt.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.idds.cds.audit.AnswerClock;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentMetrics;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.ReplayResult;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.audit.StoredRequestRefusedException;
import org.idds.cds.dosing.DrugOptions;
import org.idds.cds.dosing.DrugOptions.InvalidPositionException;
import org.idds.cds.dosing.service.PrescriptionCheckService;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.RefusedFieldException;
import org.idds.cds.kernel.answer.RulesetRef;
import org.idds.cds.mdt.CandidacyNotPlannableException;
import org.idds.cds.mdt.MdtCase;
import org.idds.cds.mdt.MdtCaseAnswer;
import org.idds.cds.mdt.MdtComposition;
import org.idds.cds.mdt.MdtReplay;
import org.idds.cds.mdt.MdtReplay.ConcernOutcome;
import org.idds.cds.mdt.Section;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.safety.ProcedureKind;
import org.idds.cds.safety.service.FollowUpCheckService;
import org.idds.cds.safety.service.ProcedureCheckService;
import org.idds.cds.selection.Verdict;
import org.idds.cds.selection.service.AssessmentService;
import org.idds.cds.trial.service.TrialEvaluationService;
import org.jboss.logging.Logger;

/**
 * MDT cases: each concern's use case on one patient at one moment, none of them stored on its own, with the active
 * ruleset read once and passed to each; the composed answer is stored as one row of kind {@code MDT_CASE} and only
 * then returned. Counted by kind and candidacy verdict ({@link AssessmentMetrics}); the DEBUG line carries the id and
 * outcomes, never the case reference.
 */
@Startup // its answer counters exist, at 0, from the start
@ApplicationScoped
public class MdtCaseService {

    private static final Logger LOG = Logger.getLogger(MdtCaseService.class);

    /** The procedures that are a trial: a procedure check of one of these is the trial plan's. */
    private static final java.util.Set<ProcedureKind> TRIALS =
            java.util.EnumSet.of(ProcedureKind.TRIAL_SINGLE_SHOT, ProcedureKind.TRIAL_CATHETER);

    private final Rulesets rulesets;
    private final AssessmentService selection;
    private final PrescriptionCheckService dosing;
    private final ProcedureCheckService safety;
    private final FollowUpCheckService followUps;
    private final TrialEvaluationService trials;
    private final TrialPlanService plans;
    private final AnswerClock clock;
    private final AnswerRecorder.Kind<MdtCaseAnswer, Verdict> cases;

    public MdtCaseService(
            Rulesets rulesets,
            AssessmentService selection,
            PrescriptionCheckService dosing,
            ProcedureCheckService safety,
            FollowUpCheckService followUps,
            TrialEvaluationService trials,
            TrialPlanService plans,
            AnswerClock clock,
            AnswerRecorder recorder) {
        this.rulesets = rulesets;
        this.selection = selection;
        this.dosing = dosing;
        this.safety = safety;
        this.followUps = followUps;
        this.trials = trials;
        this.plans = plans;
        this.clock = clock;
        this.cases = recorder.kind(
                AssessmentKind.MDT_CASE,
                Verdict.class,
                a -> a.concerns().candidacy().verdict(),
                LOG,
                "MDT case");
    }

    /** Composes the case under the active ruleset, stores it, and only then returns it with its stored bytes. */
    public Recorded<MdtCaseAnswer> compose(MdtCase c, ReceivedRequest request, Caller caller) {
        // the active ruleset once: every concern answers under the same version and content
        return cases.record(answer(c, rulesets.active(), UUID.randomUUID(), clock.now()), request, caller);
    }

    /**
     * Re-runs a stored MDT case with the ruleset version and content it was made with, at the instant it was made,
     * and gives each concern's outcome and the rules of its findings in the one replay shape (for
     * {@code audit.AssessmentReplays} to compare with the stored answer). {@code parse} reads the stored request back
     * (the API's request format) with that ruleset.
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored, BiFunction<StoredAssessment, Ruleset, MdtCase> parse, String currentSchema) {
        Ruleset ruleset =
                rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), Concern.SELECTION, Concern.DOSING);
        MdtCaseAnswer replayed;
        try {
            MdtCase c = parse.apply(stored, ruleset);
            // the procedure and follow-up checks need the safety concern's rules too, the trial evaluation the trial's
            List<Concern> needed = new java.util.ArrayList<>(List.of(Concern.SELECTION, Concern.DOSING));
            if (c.procedureCheck().isPresent() || c.followUpCheck().isPresent()) {
                needed.add(Concern.SAFETY);
            }
            if (c.trialEvaluation().isPresent() || c.trialPlan().isPresent()) {
                needed.add(Concern.TRIAL);
            }
            if (needed.size() > 2) {
                ruleset = rulesets.forReplay(
                        stored.rulesetVersion(), stored.rulesetHash(), needed.toArray(Concern[]::new));
            }
            replayed = answer(c, ruleset, stored.id(), stored.createdAt());
        } catch (RefusedFieldException e) {
            // the field only: its message quotes the stored value, and governance replays see no patient data
            throw new StoredRequestRefusedException(
                    stored.id(), Section.refusedField(e), "refused by today's input rules");
        } catch (CandidacyNotPlannableException e) {
            throw new StoredRequestRefusedException(
                    stored.id(), Section.TRIAL_PLAN_IN_CASE.field(), "the case's candidacy is not planned from today");
        } catch (InvalidPositionException e) {
            throw new StoredRequestRefusedException(
                    stored.id(), Section.DRUG_OPTIONS.field(), "refused by today's input rules");
        }
        List<ConcernOutcome> outcomes = MdtReplay.outcomes(replayed);
        return new AssessmentReplayer.Replayed(
                ruleset.version(),
                ruleset.contentHash(),
                new ReplayResult.Outcome(MdtReplay.outcome(outcomes), MdtReplay.findings(outcomes)),
                currentSchema);
    }

    /** The composed answer, neither stored nor counted. */
    MdtCaseAnswer answer(MdtCase c, Ruleset ruleset, UUID id, Instant at) {
        var candidacy = selection.candidacy(
                c.candidacy(),
                Optional.empty(),
                ruleset,
                id,
                at,
                at.atOffset(ZoneOffset.UTC).toLocalDate());
        var prescription = c.prescription().map(p -> dosing.withoutStoring(p, ruleset, Optional.empty(), id, at));
        var options = c.drugOptions().map(q -> new DrugOptions(ruleset).options(q.position(), q.conditions()));
        var procedure = c.procedureCheck().map(p -> safety.withoutStoring(p, ruleset, Optional.empty(), id, at));
        var followUp = c.followUpCheck().map(f -> followUps.withoutStoring(f, ruleset, Optional.empty(), id, at));
        // the case reference is the case's, given once: the evaluation carries none of its own
        var trial = c.trialEvaluation().map(t -> trials.withoutStoring(t, ruleset, Optional.empty(), id, at));
        // the plan's candidacy is the case's own; its procedure check the case's when that is about the trial
        var plan = c.trialPlan().map(q -> {
            var onTrialDate =
                    procedure.filter(p -> TRIALS.contains(p.procedure().kind()));
            return new MdtComposition.PlannedTrial(
                    q.trialDate(),
                    plans.plan(
                            plans.inline(id, candidacy),
                            onTrialDate,
                            q.preferredProtocol(),
                            q.preferredDrug(),
                            ruleset),
                    onTrialDate.isPresent());
        });
        return MdtComposition.compose(
                id,
                at,
                new RulesetRef(ruleset.id(), ruleset.version(), ruleset.contentHash()),
                c.caseReference(),
                new MdtComposition.Answers(candidacy, prescription, options, procedure, followUp, trial, plan),
                rule -> ruleset.rule(rule).flatMap(RuleMetadata::statement)); // the statement its rules.json names
    }
}
