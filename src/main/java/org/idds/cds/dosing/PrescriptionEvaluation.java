package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** The status by the ruleset's status policy ({@code dosing/outcomes.json}), from the findings' severities. */
    public PrescriptionCheckResult.Status status() {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        result.findings()
                .forEach(f ->
                        severities.add(ruleset.rule(f.ruleId()).orElseThrow().severity()));
        return DosingOutcomes.of(ruleset).status(severities);
    }

    /** The status in words, by the ruleset's wording; each finding's own summary stays in the finding. */
    public String summary(
            PrescriptionCheckResult.Status status, List<PrescriptionCheckResult.DosingFindingView> findings) {
        return DosingOutcomes.of(ruleset)
                .summary(
                        status,
                        findings.stream()
                                .map(f -> Severity.valueOf(f.severity().toUpperCase(Locale.ROOT)))
                                .toList(),
                        findings.stream()
                                .map(PrescriptionCheckResult.DosingFindingView::summary)
                                .toList());
    }

    /** The prescription check's disclaimer, ruleset text. */
    public String disclaimer() {
        return DosingOutcomes.of(ruleset).disclaimer();
    }

    private static int rank(String severity) {
        return severity.equals("critical") ? 0 : severity.equals("warning") ? 1 : 2;
    }
}
