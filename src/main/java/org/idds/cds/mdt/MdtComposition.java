package org.idds.cds.mdt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.idds.cds.dosing.DrugOptionsResult;
import org.idds.cds.dosing.PrescriptionCheckResult;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.RulesetRef;
import org.idds.cds.mdt.MdtCaseAnswer.AxisValue;
import org.idds.cds.mdt.MdtCaseAnswer.CandidacyOutcome;
import org.idds.cds.mdt.MdtCaseAnswer.Concerns;
import org.idds.cds.mdt.MdtCaseAnswer.DrugOptionsOutcome;
import org.idds.cds.mdt.MdtCaseAnswer.FindingRef;
import org.idds.cds.mdt.MdtCaseAnswer.FollowUpCheckOutcome;
import org.idds.cds.mdt.MdtCaseAnswer.Line;
import org.idds.cds.mdt.MdtCaseAnswer.MissingInput;
import org.idds.cds.mdt.MdtCaseAnswer.Option;
import org.idds.cds.mdt.MdtCaseAnswer.PrescriptionCheckOutcome;
import org.idds.cds.mdt.MdtCaseAnswer.ProcedureCheckOutcome;
import org.idds.cds.mdt.MdtCaseAnswer.TrialEvaluationOutcome;
import org.idds.cds.mdt.MdtCaseAnswer.TrialPlanOutcome;
import org.idds.cds.safety.DrugPlan;
import org.idds.cds.safety.FollowUpCheckResult;
import org.idds.cds.safety.ProcedureCheckResult;
import org.idds.cds.selection.CandidacyAssessment;
import org.idds.cds.trial.TrialEvaluationResult;
import org.idds.cds.trial.TrialPlan;

/**
 * Composes the concerns' answers for one patient at one moment into the MDT case's answer: each concern's outcome in
 * its section, and one merged, ordered findings list ({@link FindingMerge}).
 */
public final class MdtComposition {

    private MdtComposition() {}

    /** The concern answers to compose, all made with one ruleset at one instant. */
    public record Answers(
            CandidacyAssessment candidacy,
            Optional<PrescriptionCheckResult> prescriptionCheck,
            Optional<DrugOptionsResult> drugOptions,
            Optional<ProcedureCheckResult> procedureCheck,
            Optional<FollowUpCheckResult> followUpCheck,
            Optional<TrialEvaluationResult> trialEvaluation,
            Optional<PlannedTrial> trialPlan) {}

    /** The trial plan of an MDT case: the trial date, the trial concern's plan, whether the case's procedure check was its. */
    public record PlannedTrial(java.time.OffsetDateTime trialDate, TrialPlan plan, boolean withProcedureCheck) {}

    public static MdtCaseAnswer compose(
            UUID id,
            Instant at,
            RulesetRef ruleset,
            Optional<String> caseReference,
            Answers answers,
            ConcernAnswers.StatementKeys statements) {
        ComposedFacts facts = new ComposedFacts();
        Joined joined = new Joined();
        UnaryOperator<String> candidacyKeys = facts.add(answers.candidacy().facts());
        Placed candidacyPlaced = joined.place(ConcernAnswers.candidacy(answers.candidacy(), statements, candidacyKeys));
        Optional<Placed> prescriptionPlaced = answers.prescriptionCheck()
                .map(p -> joined.place(ConcernAnswers.prescriptionCheck(p, statements, facts.add(p.facts()))));
        Optional<Placed> procedurePlaced = joined.check(
                answers.procedureCheck(),
                Section.PROCEDURE_CHECK,
                ProcedureCheckResult::findings,
                ProcedureCheckResult::facts,
                facts,
                statements);
        Optional<Placed> followUpPlaced = joined.check(
                answers.followUpCheck(),
                Section.FOLLOW_UP_CHECK,
                FollowUpCheckResult::findings,
                FollowUpCheckResult::facts,
                facts,
                statements);
        Optional<Placed> trialPlaced = joined.check(
                answers.trialEvaluation(),
                Section.TRIAL_EVALUATION,
                TrialEvaluationResult::findings,
                TrialEvaluationResult::facts,
                facts,
                statements);
        Optional<Placed> planPlaced = answers.trialPlan()
                .map(p -> joined.place(ConcernAnswers.section(
                        Section.TRIAL_PLAN_IN_CASE,
                        p.plan().findings(),
                        statements,
                        facts.add(p.plan().facts()))));
        FindingMerge.Merged merged = FindingMerge.of(joined.all());
        List<FindingRef> candidacyRefs = candidacyPlaced.refs(merged);
        List<FindingRef> prescriptionRefs =
                prescriptionPlaced.map(p -> p.refs(merged)).orElse(List.of());

        CandidacyAssessment c = answers.candidacy();
        CandidacyOutcome candidacy = new CandidacyOutcome(
                c.verdict(),
                c.verdictSummary(),
                c.provisional(),
                c.devicePlan(),
                c.opioidLoad().map(l -> l.totalOralMorphineEquivalent()),
                c.missingInputs().stream()
                        .map(m -> new MissingInput(m.input(), m.role()))
                        .toList(),
                candidacyRefs,
                c.reliesOnUnverifiedKnowledge());
        Optional<PrescriptionCheckOutcome> prescription = answers.prescriptionCheck()
                .map(p -> new PrescriptionCheckOutcome(
                        p.status(),
                        p.statusSummary(),
                        p.device().map(PrescriptionCheckResult.DeviceRef::id),
                        p.calculations(),
                        p.notCalculated(),
                        p.refillDue(),
                        p.alarmExpected(),
                        prescriptionRefs,
                        p.reliesOnUnverifiedKnowledge()));
        Optional<DrugOptionsOutcome> options = answers.drugOptions().map(MdtComposition::drugOptions);
        Optional<ProcedureCheckOutcome> procedure = answers.procedureCheck()
                .map(p -> new ProcedureCheckOutcome(
                        p.status(),
                        p.procedure(),
                        p.drugs().stream()
                                .map(d -> withCaseIds(
                                        d, merged, procedurePlaced.orElseThrow().offset()))
                                .toList(),
                        procedurePlaced.orElseThrow().refs(merged),
                        p.reliesOnUnverifiedKnowledge()));
        Optional<FollowUpCheckOutcome> followUp = answers.followUpCheck()
                .map(f -> new FollowUpCheckOutcome(
                        f.status(),
                        f.event(),
                        f.pump(),
                        f.refillVolumes(),
                        followUpPlaced.orElseThrow().refs(merged),
                        f.reliesOnUnverifiedKnowledge()));
        Optional<TrialEvaluationOutcome> trial = answers.trialEvaluation()
                .map(t -> new TrialEvaluationOutcome(
                        t.status(),
                        t.trial(),
                        t.relief(),
                        t.citedFigures(),
                        t.criteria(),
                        t.handOver(),
                        trialPlaced.orElseThrow().refs(merged),
                        t.reliesOnUnverifiedKnowledge()));
        Optional<TrialPlanOutcome> plan = answers.trialPlan().map(p -> {
            Placed placed = planPlaced.orElseThrow();
            return new TrialPlanOutcome(
                    p.plan().status(),
                    p.trialDate(),
                    p.plan().trial(),
                    openChecksInCase(p.plan(), merged, placed.offset()),
                    protocolsInCase(p.plan(), merged, placed.offset()),
                    p.withProcedureCheck(),
                    placed.refs(merged),
                    p.plan().reliesOnUnverifiedKnowledge());
        });
        boolean unverified = c.reliesOnUnverifiedKnowledge()
                || prescription
                        .map(PrescriptionCheckOutcome::reliesOnUnverifiedKnowledge)
                        .orElse(false)
                || options.map(DrugOptionsOutcome::reliesOnUnverifiedKnowledge).orElse(false)
                || procedure
                        .map(ProcedureCheckOutcome::reliesOnUnverifiedKnowledge)
                        .orElse(false)
                || followUp.map(FollowUpCheckOutcome::reliesOnUnverifiedKnowledge)
                        .orElse(false)
                || trial.map(TrialEvaluationOutcome::reliesOnUnverifiedKnowledge)
                        .orElse(false)
                || plan.map(TrialPlanOutcome::reliesOnUnverifiedKnowledge).orElse(false);
        return new MdtCaseAnswer(
                AnswerHeader.of(id, AssessmentKind.MDT_CASE, at, ruleset, caseReference),
                new Concerns(candidacy, prescription, options, procedure, followUp, trial, plan),
                facts.asMap(),
                merged.findings(),
                unverified);
    }

    /**
     * A trial plan composed from above the concerns: the trial concern's plan and, when it was run for the trial date,
     * the safety concern's procedure check, their facts once and their findings in one list (the step every safety
     * check's section takes in the MDT case), the plan's finding ids renamed to their ids in that list.
     */
    public static TrialPlanAnswer trialPlan(
            UUID id,
            Instant at,
            RulesetRef ruleset,
            Optional<String> caseReference,
            TrialPlanAnswer.Candidacy candidacy,
            java.time.OffsetDateTime trialDate,
            TrialPlan plan,
            Optional<ProcedureCheckResult> procedureCheck,
            ConcernAnswers.StatementKeys statements) {
        ComposedFacts facts = new ComposedFacts();
        Joined joined = new Joined();
        Placed planPlaced = joined.place(
                ConcernAnswers.section(Section.TRIAL_PLAN, plan.findings(), statements, facts.add(plan.facts())));
        Optional<Placed> procedurePlaced = joined.check(
                procedureCheck,
                Section.PROCEDURE_CHECK,
                ProcedureCheckResult::findings,
                ProcedureCheckResult::facts,
                facts,
                statements);
        FindingMerge.Merged merged = FindingMerge.of(joined.all());
        Optional<ProcedureCheckOutcome> procedure = procedureCheck.map(p -> new ProcedureCheckOutcome(
                p.status(),
                p.procedure(),
                p.drugs().stream()
                        .map(d -> withCaseIds(
                                d, merged, procedurePlaced.orElseThrow().offset()))
                        .toList(),
                procedurePlaced.orElseThrow().refs(merged),
                p.reliesOnUnverifiedKnowledge()));
        return new TrialPlanAnswer(
                AnswerHeader.of(id, AssessmentKind.TRIAL_PLAN, at, ruleset, caseReference),
                candidacy,
                trialDate,
                plan.status(),
                plan.trial(),
                openChecksInCase(plan, merged, planPlaced.offset()),
                protocolsInCase(plan, merged, planPlaced.offset()),
                procedure,
                facts.asMap(),
                merged.findings(),
                plan.reliesOnUnverifiedKnowledge()
                        || procedure
                                .map(ProcedureCheckOutcome::reliesOnUnverifiedKnowledge)
                                .orElse(false));
    }

    /** The plan's open checks with their findings named by their ids in the composed list (offset: the plan's first). */
    private static List<TrialPlan.OpenCheck> openChecksInCase(TrialPlan plan, FindingMerge.Merged merged, int offset) {
        return plan.openChecks().stream()
                .map(c -> new TrialPlan.OpenCheck(
                        c.check(), c.holdsTrial(), c.inputs(), caseIds(c.findings(), merged, offset)))
                .toList();
    }

    /** The plan's ranked protocols with their findings named by their ids in the composed list. */
    private static List<TrialPlan.ProtocolPlan> protocolsInCase(
            TrialPlan plan, FindingMerge.Merged merged, int offset) {
        return plan.protocols().stream()
                .map(p -> p.withFindings(caseIds(p.findings(), merged, offset)))
                .toList();
    }

    /** A section's own finding ids ({@code f3}: its 3rd) as ids in the composed list. */
    private static List<String> caseIds(List<String> ids, FindingMerge.Merged merged, int offset) {
        return ids.stream()
                .map(i -> merged.idOf().get(offset + Integer.parseInt(i.substring(1)) - 1))
                .distinct()
                .toList();
    }

    /**
     * The facts of every concern's answer, each once by input path: a path already held with the same value is the same
     * fact; with another value it is kept under {@code path#2}, {@code path#3}... so no fact is lost.
     */
    private static final class ComposedFacts {
        private final Map<String, FactValue> facts = new LinkedHashMap<>();

        /** Adds one concern's facts; returns the key each of its own keys has here. */
        UnaryOperator<String> add(Map<String, FactValue> concernFacts) {
            Map<String, String> keyOf = new LinkedHashMap<>();
            concernFacts.forEach((key, value) -> {
                String base = key;
                String k = key;
                for (int n = 2; facts.containsKey(k) && !facts.get(k).equals(value); n++) {
                    k = base + "#" + n;
                }
                facts.putIfAbsent(k, value);
                keyOf.put(key, k);
            });
            return key -> keyOf.getOrDefault(key, key);
        }

        Map<String, FactValue> asMap() {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }
    }

    /** A section's findings as placed in the one list: {@code offset} is the index of its first. */
    private record Placed(List<ConcernFinding> findings, int offset) {
        List<FindingRef> refs(FindingMerge.Merged merged) {
            return MdtComposition.refs(findings, merged, offset);
        }
    }

    /** The concerns' findings in the order they join the one list, before the merge. */
    private static final class Joined {
        private final List<ConcernFinding> all = new ArrayList<>();

        Placed place(List<ConcernFinding> findings) {
            Placed placed = new Placed(findings, all.size());
            all.addAll(findings);
            return placed;
        }

        /**
         * The one step every check's section takes (the procedure check, the follow-up check, the trial evaluation):
         * when the check was made, its facts join the case's facts and its findings join the one list, named by their
         * section.
         */
        <T> Optional<Placed> check(
                Optional<T> answer,
                Section section,
                Function<T, List<AnswerFinding>> findings,
                Function<T, Map<String, FactValue>> factsOf,
                ComposedFacts facts,
                ConcernAnswers.StatementKeys statements) {
            return answer.map(a ->
                    place(ConcernAnswers.section(section, findings.apply(a), statements, facts.add(factsOf.apply(a)))));
        }

        List<ConcernFinding> all() {
            return List.copyOf(all);
        }
    }

    private static List<FindingRef> refs(List<ConcernFinding> findings, FindingMerge.Merged merged, int offset) {
        return IntStream.range(0, findings.size())
                .mapToObj(i -> new FindingRef(
                        merged.idOf().get(offset + i),
                        findings.get(i).origin().rule(),
                        findings.get(i).origin().ruleVersion()))
                .toList();
    }

    /** A drug's plan with its findings named by their ids in the case ({@code f3} of the check is its 3rd finding). */
    private static DrugPlan withCaseIds(DrugPlan d, FindingMerge.Merged merged, int offset) {
        return new DrugPlan(
                d.drug(),
                d.plan(),
                d.lastDose(),
                d.hold(),
                d.alsoShown(),
                d.restart(),
                d.holdIsMinimum(),
                d.findings().stream()
                        .map(id -> merged.idOf().get(offset + Integer.parseInt(id.substring(1)) - 1))
                        .distinct()
                        .toList());
    }

    private static DrugOptionsOutcome drugOptions(DrugOptionsResult r) {
        return new DrugOptionsOutcome(
                r.algorithm().id(),
                r.algorithm().superseded(),
                r.position().stream()
                        .map(p -> new AxisValue(p.axis(), p.value()))
                        .toList(),
                r.lines().stream()
                        .map(l -> new Line(
                                l.line(),
                                l.verified(),
                                l.options().stream()
                                        .map(o -> new Option(
                                                o.drugs(),
                                                o.status(),
                                                o.reasons().stream()
                                                        .map(reason -> reason.condition()
                                                                .name())
                                                        .distinct()
                                                        .toList()))
                                        .toList()))
                        .toList(),
                r.notEncoded(),
                r.reliesOnUnverifiedKnowledge());
    }
}
