package org.idds.cds.dosing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.EvidenceViews.CitationView;
import org.idds.cds.ruleset.EvidenceViews.FigureView;
import org.idds.cds.ruleset.EvidenceViews.RulesetRef;

/**
 * The answer to a prescription check: an overall status, every calculation with its steps (and those it could not
 * make, with why: a dose-only check has no device), the refill-due and alarm dates, and every finding with its rule, sources, basis and the governed figures it compared with.
 * Decision support: the prescriber decides; the engine never converts a dose into another drug's dose.
 */
public record PrescriptionCheckResult(
        UUID assessmentId,
        AssessmentKind kind,
        Instant assessedAt,
        RulesetRef ruleset,
        Optional<String> caseReference,
        Status status,
        String statusSummary,
        Optional<DeviceRef> device,
        List<Step> calculations,
        List<DosingCalculator.NotCalculated> notCalculated,
        Optional<LocalDate> refillDue,
        Optional<LocalDate> alarmExpected,
        List<DosingFindingView> findings,
        Optional<SystemicContext> systemicOpioids,
        boolean reliesOnUnverifiedKnowledge,
        String disclaimer) {

    /** The worst finding decides: a critical one means the prescription must not be used as written. */
    public enum Status {
        DO_NOT_USE_AS_WRITTEN,
        REVIEW_BEFORE_USE,
        NO_CONCERNS_FOUND
    }

    public record DeviceRef(String id, String title) {}

    /** One finding as a prescriber reads it. */
    public record DosingFindingView(
            UUID id,
            String ruleId,
            String ruleVersion,
            String ruleTitle,
            Concern concern,
            String topic,
            String severity,
            String summary,
            String detail,
            List<CitationView> citations,
            List<BasisItem> basis,
            List<FigureView> figures,
            List<String> unverifiedFigures) {}
}
