package org.idds.cds.mdt.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.idds.cds.audit.AnswerClock;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.ReplayResult;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.audit.StoredRequestRefusedException;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.RulesetRef;
import org.idds.cds.mdt.CandidacyNotPlannableException;
import org.idds.cds.mdt.CandidacyNotPlannableException.Reason;
import org.idds.cds.mdt.MdtComposition;
import org.idds.cds.mdt.Section;
import org.idds.cds.mdt.StoredCandidacy;
import org.idds.cds.mdt.TrialPlanAnswer;
import org.idds.cds.mdt.TrialPlanQuestion;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.safety.DrugPlan;
import org.idds.cds.safety.ProcedureCheckException;
import org.idds.cds.safety.ProcedureCheckResult;
import org.idds.cds.safety.service.ProcedureCheckService;
import org.idds.cds.selection.CandidacyAssessment;
import org.idds.cds.selection.Verdict;
import org.idds.cds.trial.CandidacyFinding;
import org.idds.cds.trial.CandidacyStanding;
import org.idds.cds.trial.CandidacyVerdict;
import org.idds.cds.trial.OpenCandidacyCheck;
import org.idds.cds.trial.PlanningCase;
import org.idds.cds.trial.ProcedureCheckOnTrialDate;
import org.idds.cds.trial.TrialPlan;
import org.idds.cds.trial.service.TrialPlanningService;
import org.jboss.logging.Logger;

/**
 * Trial plans, composed above the concerns (decision 0009): the stored candidacy assessment read back by id (its
 * stored answer, as the MDT was given it), the safety concern's procedure check run for the trial date when the request
 * gives it, and the trial concern's planning on what the two say ({@link PlanningCase}); the plan is stored as one row
 * of kind {@code TRIAL_PLAN} and only then returned. A replay reads the same stored candidacy again. Counted by plan
 * status; the DEBUG line carries the id and status, never the case reference.
 */
@Startup // its answer counters exist, at 0, from the start
@ApplicationScoped
public class TrialPlanService {

    private static final Logger LOG = Logger.getLogger(TrialPlanService.class);

    /** The candidacy effect of a check the candidacy is provisional on (selection's outcomes file, provisional). */
    private static final String MISSING_TO_CONFIRM = "MISSING_TO_CONFIRM";

    private final Rulesets rulesets;
    private final TrialPlanningService planning;
    private final ProcedureCheckService safety;
    private final AssessmentStore store;
    private final ObjectMapper json;
    private final AnswerClock clock;
    private final AnswerRecorder.Kind<TrialPlanAnswer, TrialPlan.Status> plans;

    public TrialPlanService(
            Rulesets rulesets,
            TrialPlanningService planning,
            ProcedureCheckService safety,
            AssessmentStore store,
            ObjectMapper json,
            AnswerClock clock,
            AnswerRecorder recorder) {
        this.rulesets = rulesets;
        this.planning = planning;
        this.safety = safety;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.plans = recorder.kind(
                AssessmentKind.TRIAL_PLAN, TrialPlan.Status.class, TrialPlanAnswer::status, LOG, "trial plan");
    }

    /**
     * Plans the trial under the active ruleset from the stored candidacy this caller may read (else as if it did not
     * exist), stores the plan, and only then returns it with its stored bytes.
     */
    public Recorded<TrialPlanAnswer> plan(TrialPlanQuestion q, ReceivedRequest request, Caller caller) {
        Ruleset ruleset = rulesets.active();
        StoredAssessment candidacy = store.find(q.candidacyAssessmentId())
                .filter(caller::mayRead)
                .orElseThrow(() -> new CandidacyNotPlannableException(
                        q.candidacyAssessmentId(), Reason.NOT_FOUND, "no stored assessment has this id"));
        return plans.record(answer(q, candidacy, ruleset, UUID.randomUUID(), clock.now()), request, caller);
    }

    /**
     * Re-runs a stored trial plan with the ruleset version and content it was made with, at the instant it was made,
     * from the same stored candidacy; gives the plan's and the procedure check's outcomes and the rules of their
     * findings in the one replay shape. {@code parse} reads the stored request back (the API's request format).
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored,
            BiFunction<StoredAssessment, Ruleset, TrialPlanQuestion> parse,
            String currentSchema) {
        Ruleset ruleset =
                rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), Concern.TRIAL, Concern.SAFETY);
        TrialPlanAnswer replayed;
        try {
            TrialPlanQuestion q = parse.apply(stored, ruleset);
            StoredAssessment candidacy = store.find(q.candidacyAssessmentId())
                    .orElseThrow(() -> new StoredRequestRefusedException(
                            stored.id(), "candidacyAssessmentId", "the stored candidacy assessment is not held"));
            replayed = answer(q, candidacy, ruleset, stored.id(), stored.createdAt());
        } catch (ProcedureCheckException e) {
            throw new StoredRequestRefusedException(
                    stored.id(), Section.PROCEDURE_CHECK.field() + "." + e.field(), "refused by today's input rules");
        } catch (CandidacyNotPlannableException e) {
            throw new StoredRequestRefusedException(
                    stored.id(), "candidacyAssessmentId", "the stored candidacy is not planned from today");
        }
        return new AssessmentReplayer.Replayed(
                ruleset.version(),
                ruleset.contentHash(),
                new ReplayResult.Outcome(
                        replayed.recordedOutcome(),
                        replayed.findings().stream()
                                .map(f -> ReplayResult.finding(f.rule(), f.ruleVersion(), Optional.empty()))
                                .toList()),
                currentSchema);
    }

    /** The plan under {@code ruleset} at {@code at}, neither stored nor counted. */
    TrialPlanAnswer answer(TrialPlanQuestion q, StoredAssessment candidacyRow, Ruleset ruleset, UUID id, Instant at) {
        StoredCandidacy candidacy = read(candidacyRow);
        var procedure = q.procedureCheck().map(p -> safety.withoutStoring(p, ruleset, Optional.empty(), id, at));
        TrialPlan plan = plan(candidacy, procedure, q.preferredProtocol(), q.preferredDrug(), ruleset);
        return MdtComposition.trialPlan(
                id,
                at,
                new RulesetRef(ruleset.id(), ruleset.version(), ruleset.contentHash()),
                q.caseReference(),
                new TrialPlanAnswer.Candidacy(candidacy.assessmentId(), candidacy.verdict(), candidacy.provisional()),
                q.trialDate(),
                plan,
                procedure,
                rule -> ruleset.rule(rule).flatMap(RuleMetadata::statement));
    }

    /**
     * The one step from a candidacy and, when it was run for the trial date, its procedure check to the trial concern's
     * plan under {@code ruleset}: the trial-plan endpoint's (a stored candidacy read back) and the MDT case's (the
     * case's own candidacy, composed inline: {@link #inline}).
     */
    public TrialPlan plan(
            StoredCandidacy candidacy,
            Optional<ProcedureCheckResult> procedure,
            Optional<String> preferredProtocol,
            Optional<String> preferredDrug,
            Ruleset ruleset) {
        PlanningCase planningCase = new PlanningCase(
                new CandidacyVerdict(
                        candidacy.verdict().name(),
                        candidacy.provisional()
                                ? CandidacyStanding.PROVISIONAL_CANDIDATE
                                : CandidacyStanding.CANDIDATE),
                candidacy.findings().stream()
                        .map(f -> new CandidacyFinding(f.rule(), f.effect()))
                        .distinct()
                        .toList(),
                candidacy.findings().stream()
                        .filter(f -> f.effect().equals(MISSING_TO_CONFIRM))
                        .flatMap(f -> f.inputs().stream().map(input -> new OpenCandidacyCheck(f.rule(), input)))
                        .distinct()
                        .toList(),
                procedure.map(TrialPlanService::onTrialDate).orElse(ProcedureCheckOnTrialDate.notRun()),
                preferredProtocol,
                preferredDrug);
        return planning.plan(planningCase, ruleset);
    }

    /**
     * An MDT case's own candidacy assessment (not stored on its own: {@code id} is the case's) as the plan reads a
     * stored one: its verdict, whether provisional, and each finding's rule, effect and inputs; a verdict that is not a
     * candidate is refused as for a stored candidacy (no trial is planned).
     */
    public StoredCandidacy inline(UUID id, CandidacyAssessment candidacy) {
        requireCandidate(id, candidacy.verdict());
        return new StoredCandidacy(
                id,
                candidacy.verdict(),
                candidacy.provisional(),
                candidacy.findings().stream()
                        .map(f -> new StoredCandidacy.Finding(
                                f.rule(), f.effect().orElse(""), f.inputs().orElse(List.of())))
                        .toList());
    }

    private static void requireCandidate(UUID id, Verdict verdict) {
        if (verdict != Verdict.CANDIDATE && verdict != Verdict.CANDIDATE_WITH_PRECAUTIONS) {
            throw new CandidacyNotPlannableException(
                    id, Reason.NOT_A_CANDIDATE, "is not a candidate (verdict " + verdict + "): no trial is planned");
        }
    }

    /** What the procedure check said for the trial date, in the trial concern's terms. */
    static ProcedureCheckOnTrialDate onTrialDate(ProcedureCheckResult check) {
        return new ProcedureCheckOnTrialDate(
                ProcedureCheckOnTrialDate.Outcome.valueOf(check.status().name()),
                check.drugs().stream()
                        .filter(d -> d.plan() == DrugPlan.Plan.CONFLICT)
                        .map(DrugPlan::drug)
                        .toList());
    }

    /**
     * The stored candidacy as the plan reads it: a candidacy assessment (else refused naming its kind) whose verdict is
     * a candidate, with or without precautions (else no trial is planned), from its stored answer in the current
     * answer format (an answer stored before it names its findings otherwise: assess the candidacy again).
     */
    StoredCandidacy read(StoredAssessment row) {
        if (row.kind() != AssessmentKind.CANDIDACY) {
            throw new CandidacyNotPlannableException(
                    row.id(),
                    Reason.NOT_A_CANDIDACY,
                    "is an assessment of kind " + row.kind() + ", not a candidacy assessment");
        }
        if (!row.answerFormat().equals(AnswerFormat.ANSWER_2)) {
            throw new CandidacyNotPlannableException(
                    row.id(),
                    Reason.ANSWER_FORMAT,
                    "is stored in answer format " + row.answerFormat() + ", which a trial plan does not read: assess"
                            + " the candidacy again");
        }
        JsonNode answer;
        try {
            answer = json.readTree(row.responseJson());
        } catch (JsonProcessingException e) {
            throw new CandidacyNotPlannableException(
                    row.id(), Reason.ANSWER_FORMAT, "its stored answer is not read as " + AnswerFormat.ANSWER_2);
        }
        Verdict verdict = java.util.Arrays.stream(Verdict.values())
                .filter(v -> v.name().equals(answer.path("verdict").asText()))
                .findFirst()
                .orElseThrow(() -> new CandidacyNotPlannableException(
                        row.id(), Reason.ANSWER_FORMAT, "its stored answer has no verdict this build reads"));
        requireCandidate(row.id(), verdict);
        List<StoredCandidacy.Finding> findings = new ArrayList<>();
        answer.path("findings").forEach(f -> {
            List<String> inputs = new ArrayList<>();
            f.path("inputs").forEach(i -> inputs.add(i.asText()));
            findings.add(new StoredCandidacy.Finding(
                    f.path("rule").asText(), f.path("effect").asText(), inputs));
        });
        return new StoredCandidacy(row.id(), verdict, answer.path("provisional").asBoolean(), findings);
    }
}
