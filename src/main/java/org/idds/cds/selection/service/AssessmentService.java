package org.idds.cds.selection.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentMetrics;
import org.idds.cds.audit.AssessmentNotFoundException;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.ReplayResult;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.MissingInputRef;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.selection.CandidacyAssessment;
import org.idds.cds.selection.CaseFacts;
import org.idds.cds.selection.DevicePlan;
import org.idds.cds.selection.Evaluation;
import org.idds.cds.selection.InputField;
import org.idds.cds.selection.OutcomePolicy;
import org.idds.cds.selection.ReferralCheckResult;
import org.idds.cds.selection.ReferralCheckResult.ReferralOutcome;
import org.idds.cds.selection.Verdict;
import org.idds.cds.selection.Views.MissingRole;
import org.idds.cds.selection.patient.CandidacyCase;
import org.jboss.logging.Logger;

/**
 * Candidacy use cases (and their replay): build facts, run the active ruleset, read the findings, word them by the ruleset's outcome
 * policy ({@code selection/outcomes.json}), store the answer, and only then return it. Each answer is counted by kind
 * and outcome ({@link AssessmentMetrics}) instead of a log line per request; the DEBUG line carries the assessment id
 * and verdict, never the case reference or patient facts.
 */
@Startup // its answer counters exist, at 0, from the start
@ApplicationScoped
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    private final Rulesets rulesets;
    private final RuleEngine engine;
    private final AssessmentStore store;
    /**
     * The instant of an answer, real time even in tests (which fix the assessment date through the calendar): the
     * audit verifier holds a candidacy row's created_at to the time it was recorded.
     */
    private final Clock clock = Clock.systemUTC();

    private final AssessmentCalendar calendar;
    private final AnswerRecorder.Kind<CandidacyAssessment, Verdict> candidacies;
    private final AnswerRecorder.Kind<ReferralCheckResult, ReferralOutcome> referrals;

    public AssessmentService(
            Rulesets rulesets,
            RuleEngine engine,
            AssessmentStore store,
            AssessmentCalendar calendar,
            AnswerRecorder recorder) {
        this.calendar = calendar;
        this.candidacies = recorder.kind(
                AssessmentKind.CANDIDACY, Verdict.class, CandidacyAssessment::verdict, LOG, "candidacy assessment");
        this.referrals = recorder.kind(
                AssessmentKind.REFERRAL_CHECK,
                ReferralOutcome.class,
                ReferralCheckResult::outcome,
                LOG,
                "referral check");
        this.rulesets = rulesets;
        this.engine = engine;
        this.store = store;
    }

    public Recorded<CandidacyAssessment> assessCandidacy(
            CandidacyCase c, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        return candidacies.record(
                candidacy(c, caseReference, rulesets.active(), UUID.randomUUID(), now(), calendar.today()),
                request,
                caller);
    }

    /**
     * The candidacy assessment of {@code c} under {@code ruleset}, dated inputs judged against {@code assessmentDate},
     * neither stored nor counted: for a caller that composes it into an answer of its own and stores that (an MDT
     * case), or replays one. {@link #assessCandidacy} is this plus the audit row.
     */
    public CandidacyAssessment candidacy(
            CandidacyCase c,
            Optional<String> caseReference,
            Ruleset ruleset,
            UUID id,
            Instant at,
            LocalDate assessmentDate) {
        OutcomePolicy policy = OutcomesFile.of(ruleset);
        Evaluation evaluation = evaluate(c, ruleset, policy, assessmentDate);
        Evaluation.Parts parts = evaluation.parts();
        Verdict verdict = evaluation.verdict();
        boolean provisional = evaluation.provisional();
        Optional<DevicePlan> device = evaluation.shownDevicePlan();
        return new CandidacyAssessment(
                AnswerHeader.of(id, AssessmentKind.CANDIDACY, at, ruleset.ref(), caseReference),
                verdict,
                policy.verdictSummary(verdict, device, parts.findings(), parts.missingInputs(), provisional),
                provisional,
                device,
                evaluation.opioidLoad(),
                evaluation.medicationsReadAs(),
                parts.facts(),
                parts.findings(),
                parts.pertinentNegatives(),
                parts.missingInputs(),
                evaluation.reliesOnUnverifiedKnowledge());
    }

    public Recorded<ReferralCheckResult> checkReferral(
            CandidacyCase c, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        Ruleset ruleset = rulesets.active();
        OutcomePolicy policy = OutcomesFile.of(ruleset);
        Evaluation evaluation = evaluate(c, ruleset, policy, calendar.today());
        Evaluation.Parts parts = evaluation.parts();
        Verdict verdict = evaluation.verdict();
        List<MissingInputRef> missing = parts.missingInputs();
        boolean provisional = evaluation.provisional();
        List<MissingInputRef> pleaseProvide = missing.stream()
                .filter(m -> m.role().equals(OutcomePolicy.REQUIRED)
                        && m.collectedAt().equals(InputField.Stage.REFERRAL.name()))
                .toList();
        ReferralOutcome outcome = policy.referralOutcome(verdict, pleaseProvide);
        List<String> reasons = policy.reasons(outcome, parts.findings(), pleaseProvide);
        return referrals.record(
                new ReferralCheckResult(
                        AnswerHeader.of(
                                UUID.randomUUID(), AssessmentKind.REFERRAL_CHECK, now(), ruleset.ref(), caseReference),
                        outcome,
                        policy.plainLanguage(outcome, evaluation.shownDevicePlan(), provisional, missing),
                        reasons,
                        verdict,
                        provisional,
                        evaluation.medicationsReadAs(),
                        // the OME lines a finding names by index, when one does (the referral answer shows no load
                        // otherwise)
                        parts.findings().stream().anyMatch(f -> f.omeLines().isPresent())
                                ? evaluation.opioidLoad()
                                : Optional.empty(),
                        inputs(pleaseProvide),
                        inputs(missing.stream()
                                .filter(m -> m.collectedAt().equals(InputField.Stage.MDT.name()))
                                .toList()),
                        inputs(missing.stream()
                                .filter(m -> m.role().equals(MissingRole.CONFIRM_BEFORE_IMPLANT.name()))
                                .toList()),
                        parts.facts(),
                        parts.findings(),
                        missing,
                        evaluation.reliesOnUnverifiedKnowledge()),
                request,
                caller);
    }

    private static List<String> inputs(List<MissingInputRef> missing) {
        return missing.stream().map(MissingInputRef::input).toList();
    }

    /**
     * A stored assessment, if this caller may read it. One the caller may not read is reported exactly like one that
     * does not exist, so its existence is not revealed.
     */
    public StoredAssessment find(UUID id, Caller caller) {
        return store.find(id).filter(caller::mayRead).orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    /**
     * Re-runs a stored candidacy assessment or referral check with the ruleset version and content it was made with,
     * on the day it was made, and gives its verdict and findings (for {@code audit.AssessmentReplays} to compare).
     * {@code parse} turns the stored request back into a case (it is the API's request format; selection reads it
     * without the ruleset), read as
     * {@code currentSchema}.
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored, BiFunction<StoredAssessment, Ruleset, CandidacyCase> parse, String currentSchema) {
        Ruleset ruleset = rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), Concern.SELECTION);
        Evaluation evaluation = evaluate(
                parse.apply(stored, ruleset),
                ruleset,
                OutcomesFile.of(ruleset),
                stored.createdAt().atOffset(ZoneOffset.UTC).toLocalDate());
        ReplayResult.Outcome replayed = ReplayResult.Outcome.of(
                evaluation.verdict().name(), evaluation.parts().findings());
        return new AssessmentReplayer.Replayed(ruleset.version(), ruleset.contentHash(), replayed, currentSchema);
    }

    private Evaluation evaluate(CandidacyCase c, Ruleset ruleset, OutcomePolicy policy, LocalDate assessmentDate) {
        List<Object> facts = CaseFacts.of(c, ruleset, assessmentDate);
        return new Evaluation(ruleset, policy, facts, engine.evaluate(ruleset.version(), Concern.SELECTION, facts));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
