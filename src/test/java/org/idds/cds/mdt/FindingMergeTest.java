package org.idds.cds.mdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Concern;
import org.idds.cds.mdt.MdtCaseAnswer.MdtFinding;
import org.idds.cds.mdt.MdtCaseAnswer.Part;
import org.junit.jupiter.api.Test;

/** The one findings list of an MDT case: its order, and what is merged (only by key, never by wording). */
class FindingMergeTest {

    @Test
    void orderedBySeverityThenConcernThenRuleIdWithIdsInThatOrder() {
        var merged = FindingMerge.of(List.of(
                finding(Concern.SELECTION, "SEL-BR-004", "warning", List.of()),
                finding(Concern.DOSING, "DOS-RM-001", "warning", List.of()),
                finding(Concern.SELECTION, "SEL-RP-002", "info", List.of()),
                finding(Concern.DOSING, "DOS-SD-003", "critical", List.of()),
                finding(Concern.SELECTION, "SEL-BR-001", "warning", List.of())));
        assertEquals(
                List.of("DOS-SD-003", "SEL-BR-001", "SEL-BR-004", "DOS-RM-001", "SEL-RP-002"),
                merged.findings().stream().map(MdtFinding::rule).toList());
        assertEquals(
                List.of("f1", "f2", "f3", "f4", "f5"),
                merged.findings().stream().map(MdtFinding::id).toList());
        assertEquals(List.of("f3", "f4", "f5", "f1", "f2"), merged.idOf(), "each input finding's item");
    }

    @Test
    void findingsOfDifferentConcernsNamingOneStatementAreOneItemListingEveryRule() {
        var merged = FindingMerge.of(List.of(
                finding(Concern.SELECTION, "SEL-ZC-002", "warning", List.of(), Optional.of("psychosis-ziconotide")),
                finding(Concern.DOSING, "DOS-DC-001", "critical", List.of(), Optional.of("psychosis-ziconotide")),
                finding(Concern.DOSING, "DOS-RM-001", "warning", List.of())));
        MdtFinding first = merged.findings().get(0);
        assertEquals("DOS-DC-001", first.rule(), "the item takes its most severe finding's place");
        assertEquals("critical", first.severity());
        assertEquals(List.of("DOS-DC-001", "SEL-ZC-002"), first.rules());
        assertEquals(
                Optional.of("psychosis-ziconotide"),
                first.mergedOn().orElseThrow().statement());
        assertEquals("SEL-ZC-002", first.alsoFrom().orElseThrow().get(0).rule());
        assertEquals("warning", first.alsoFrom().orElseThrow().get(0).severity(), "each part keeps its own");
        assertEquals(List.of("f1", "f1", "f2"), merged.idOf());
        assertEquals(Optional.empty(), merged.findings().get(1).mergedOn(), "an unmerged item says nothing of it");
    }

    @Test
    void findingsOfDifferentConcernsOnTheSameFiguresAreOneItemOnAFigureSharedWithOtherFiguresNot() {
        var merged = FindingMerge.of(List.of(
                finding(Concern.SELECTION, "SEL-RR-003", "warning", List.of("ome-factor.hydromorphone.subcutaneous")),
                finding(
                        Concern.DOSING,
                        "DOS-SD-003",
                        "critical",
                        List.of("dosing.highDose", "ome-factor.hydromorphone.subcutaneous")),
                finding(Concern.DOSING, "DOS-RM-008", "warning", List.of("ome-factor.hydromorphone.subcutaneous"))));
        assertEquals(
                List.of(List.of("DOS-SD-003"), List.of("SEL-RR-003", "DOS-RM-008")),
                merged.findings().stream().map(MdtFinding::rules).toList());
        assertEquals(
                Optional.of(List.of("ome-factor.hydromorphone.subcutaneous")),
                merged.findings().get(1).mergedOn().orElseThrow().figures());
        assertEquals(1, merged.findings().get(1).figures().size(), "a shared figure is listed once");
    }

    @Test
    void neverMergedByWordingNorWithinOneConcern() {
        var merged = FindingMerge.of(List.of(
                finding(Concern.SELECTION, "SEL-RR-010", "warning", List.of("respiratoryRisk.age.min")),
                finding(Concern.SELECTION, "SEL-RR-011", "warning", List.of("respiratoryRisk.age.min")),
                new ConcernFinding(
                        Section.PRESCRIPTION_CHECK,
                        new Part("DOS-RM-006", "1.0.0", Concern.DOSING, "Respiratory", "warning", "same words"),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        false,
                        List.of()),
                new ConcernFinding(
                        Section.CANDIDACY,
                        new Part("SEL-RR-001", "1.0.0", Concern.SELECTION, "respiratory-risk", "warning", "same words"),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        false,
                        List.of())));
        assertEquals(4, merged.findings().size(), "the same wording, or a key shared in one concern, merges nothing");
    }

    private static ConcernFinding finding(Concern concern, String rule, String severity, List<String> figures) {
        return finding(concern, rule, severity, figures, Optional.empty());
    }

    private static ConcernFinding finding(
            Concern concern, String rule, String severity, List<String> figures, Optional<String> statement) {
        return new ConcernFinding(
                concern == Concern.SELECTION ? Section.CANDIDACY : Section.PRESCRIPTION_CHECK,
                new Part(rule, "1.0.0", concern, "topic", severity, rule + " summary"),
                figures.stream()
                        .map(k -> new ConcernFinding.Figure(k, "1", Optional.empty(), true))
                        .toList(),
                List.of(new ConcernFinding.CitationRef("SOURCE", true)),
                statement,
                List.of(),
                false,
                List.of());
    }
}
