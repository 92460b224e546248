package org.idds.cds.dosing.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentMetrics;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.dosing.DosingCalculator;
import org.idds.cds.dosing.DosingCalculator.PrescriptionException;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.dosing.PrescriptionCheckResult;
import org.idds.cds.dosing.PrescriptionDates;
import org.idds.cds.dosing.PrescriptionEvaluation;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.jboss.logging.Logger;

/**
 * Checks a prescription with the active ruleset (device model, drug library, dosing rules), records it in the audit
 * before answering, and replays a stored check under the exact ruleset it was made with. Each answer is counted by
 * status ({@link AssessmentMetrics}) instead of a log line per request.
 */
@Startup // its answer counters exist, at 0, from the start
@ApplicationScoped
public class PrescriptionCheckService {

    private static final Logger LOG = Logger.getLogger(PrescriptionCheckService.class);

    private final Rulesets rulesets;
    private final RuleEngine engine;
    private final CheckClock clock;
    private final AnswerRecorder.Kind<PrescriptionCheckResult, PrescriptionCheckResult.Status> answers;

    public PrescriptionCheckService(Rulesets rulesets, RuleEngine engine, CheckClock clock, AnswerRecorder recorder) {
        this.answers = recorder.kind(
                AssessmentKind.PRESCRIPTION_CHECK,
                PrescriptionCheckResult.Status.class,
                PrescriptionCheckResult::status,
                LOG,
                "prescription check");
        this.rulesets = rulesets;
        this.engine = engine;
        this.clock = clock;
    }

    public Recorded<PrescriptionCheckResult> check(
            Prescription p, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        return answers.record(
                checkWithoutStoring(p, rulesets.active(), caseReference, UUID.randomUUID(), clock.now()),
                request,
                caller);
    }

    /**
     * The check of {@code p} under {@code ruleset} as made at {@code at} (its dates judged against that instant),
     * neither stored nor counted: for a caller that composes it into an answer of its own and stores that (an MDT
     * case), or replays one. {@link #check} is this plus the audit row.
     *
     * @throws PrescriptionException naming the field when a date is outside its window or the device is unknown
     */
    public PrescriptionCheckResult checkWithoutStoring(
            Prescription p, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        PrescriptionDates.check(p, at);
        return evaluate(p, ruleset, caseReference, id, at);
    }

    /**
     * Re-runs a stored prescription check with the ruleset version and content it was made with, its dates judged
     * against the stored instant, and gives its status and findings (for {@code audit.AssessmentReplays} to compare).
     * {@code parse} reads the stored request back (the API's request format, with that ruleset's drugs), read as
     * {@code currentSchema}.
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored, BiFunction<StoredAssessment, Ruleset, Prescription> parse, String currentSchema) {
        Ruleset ruleset = rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), Concern.DOSING);
        return AssessmentReplayer.Replayed.of(
                stored,
                currentSchema,
                () -> checkWithoutStoring(
                        parse.apply(stored, ruleset), ruleset, stored.caseReference(), stored.id(), stored.createdAt()),
                PrescriptionCheckResult::findings);
    }

    private PrescriptionCheckResult evaluate(
            Prescription p, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        Optional<DeviceModel> device = p.deviceId()
                .map(wanted -> ruleset.content().deviceModels().stream()
                        .filter(d -> d.id().equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new PrescriptionException(
                                "deviceId",
                                "'" + wanted + "' is not a device model of this ruleset; known: "
                                        + String.join(
                                                ", ",
                                                ruleset.content().deviceModels().stream()
                                                        .map(DeviceModel::id)
                                                        .toList()))));
        var calculation =
                new DosingCalculator(ruleset.content().drugLibrary(), ruleset.parameters()).calculate(p, device);
        List<Object> facts = new ArrayList<>(ruleset.parameters(Concern.DOSING));
        facts.addAll(calculation.facts());
        facts.addAll(new org.idds.cds.dosing.StartAndRespiratoryFacts(
                        ruleset.content().drugLibrary(), ruleset.drugs(), ruleset.parameters())
                .facts(p, device, calculation.facts()));
        PrescriptionEvaluation evaluation =
                new PrescriptionEvaluation(ruleset, engine.evaluate(ruleset.version(), Concern.DOSING, facts));
        AnswerFacts answerFacts = new AnswerFacts();
        var findings = evaluation.findings(answerFacts);
        var status = evaluation.status();
        return new PrescriptionCheckResult(
                AnswerHeader.of(id, AssessmentKind.PRESCRIPTION_CHECK, at, ruleset.ref(), caseReference),
                status,
                evaluation.summary(status, findings),
                device.map(d -> new PrescriptionCheckResult.DeviceRef(d.id())),
                calculation.steps(),
                calculation.notCalculated(),
                calculation.refillDue(),
                calculation.alarmDate(),
                p.systemicMedications().isEmpty()
                        ? Optional.empty()
                        : Optional.of(org.idds.cds.dosing.SystemicContext.of(
                                new org.idds.cds.clinical.OmeCalculator(ruleset.drugs())
                                        .calculate(p.systemicMedications()))),
                answerFacts.asMap(),
                findings,
                // selection's meaning: any citation or figure a finding relies on is unverified
                findings.stream().anyMatch(AnswerFinding::unverified));
    }
}
