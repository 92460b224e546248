package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.Grounds;
import org.idds.cds.kernel.Severity;
import org.idds.cds.ruleset.EvidenceViews;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.Ruleset;

/** The rules' findings on a prescription turned into what the prescriber reads, and the overall status. */
public record PrescriptionEvaluation(Ruleset ruleset, EngineResult result) {

    public List<PrescriptionCheckResult.DosingFindingView> findings() {
        EvidenceViews views = new EvidenceViews(ruleset);
        List<PrescriptionCheckResult.DosingFindingView> findings = new ArrayList<>();
        for (FiredFinding fired : result.findings()) {
            RuleMetadata rule = ruleset.rule(fired.ruleId())
                    .orElseThrow(() -> new IllegalStateException("Fired rule without metadata: " + fired.ruleId()));
            Grounds grounds = Grounds.of(fired.matchedFacts());
            findings.add(new PrescriptionCheckResult.DosingFindingView(
                    UUID.randomUUID(),
                    rule.id(),
                    fired.ruleVersion(),
                    rule.title(),
                    rule.concern(),
                    rule.topic(),
                    rule.severity().cdsHooksCode(),
                    rule.summary(),
                    rule.detail(),
                    views.citations(rule.citations()),
                    grounds.basis(),
                    grounds.figures().stream().map(views::figure).toList(),
                    grounds.unverifiedFigures()));
        }
        findings.sort(Comparator.comparing((PrescriptionCheckResult.DosingFindingView f) -> rank(f.severity()))
                .thenComparing(PrescriptionCheckResult.DosingFindingView::ruleId));
        return findings;
    }

    public PrescriptionCheckResult.Status status() {
        List<String> severities = result.findings().stream()
                .map(f -> ruleset.rule(f.ruleId()).orElseThrow().severity().cdsHooksCode())
                .toList();
        if (severities.contains(Severity.CRITICAL.cdsHooksCode())) {
            return PrescriptionCheckResult.Status.DO_NOT_USE_AS_WRITTEN;
        }
        if (severities.contains(Severity.WARNING.cdsHooksCode())) {
            return PrescriptionCheckResult.Status.REVIEW_BEFORE_USE;
        }
        return PrescriptionCheckResult.Status.NO_CONCERNS_FOUND;
    }

    /** The status in words, with every critical and warning finding's summary. */
    public static String summary(
            PrescriptionCheckResult.Status status, List<PrescriptionCheckResult.DosingFindingView> findings) {
        String head = switch (status) {
            case DO_NOT_USE_AS_WRITTEN -> "Do not use as written";
            case REVIEW_BEFORE_USE -> "Review before use";
            case NO_CONCERNS_FOUND -> "No concerns found by the rules (decision support: the prescriber decides)";
        };
        List<String> reasons = findings.stream()
                .filter(f -> !f.severity().equals(Severity.INFO.cdsHooksCode()))
                .map(PrescriptionCheckResult.DosingFindingView::summary)
                .distinct()
                .toList();
        return reasons.isEmpty() ? head + "." : head + ": " + String.join(" ", reasons);
    }

    private static int rank(String severity) {
        return severity.equals("critical") ? 0 : severity.equals("warning") ? 1 : 2;
    }
}
