package org.idds.cds.dosing.service;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.audit.AnswerClock;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentMetrics;
import org.idds.cds.audit.AuditedChecks;
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
@Singleton // not proxied: AuditedChecks, its superclass, has no constructor a client proxy could use
public class PrescriptionCheckService extends AuditedChecks<Prescription, PrescriptionCheckResult> {

    private static final Logger LOG = Logger.getLogger(PrescriptionCheckService.class);

    private final RuleEngine engine;

    public PrescriptionCheckService(Rulesets rulesets, RuleEngine engine, AnswerClock clock, AnswerRecorder recorder) {
        super(
                rulesets,
                clock,
                recorder.kind(
                        AssessmentKind.PRESCRIPTION_CHECK,
                        PrescriptionCheckResult.Status.class,
                        PrescriptionCheckResult::status,
                        LOG,
                        "prescription check"),
                Concern.DOSING,
                PrescriptionCheckResult::findings);
        this.engine = engine;
    }

    /**
     * The check of {@code p} under {@code ruleset} as made at {@code at}, its dates judged against that instant.
     *
     * @throws PrescriptionException naming the field when a date is outside its window or the device is unknown
     */
    @Override
    protected PrescriptionCheckResult answer(
            Prescription p, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        PrescriptionDates.check(p, at);
        return evaluate(p, ruleset, caseReference, id, at);
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
