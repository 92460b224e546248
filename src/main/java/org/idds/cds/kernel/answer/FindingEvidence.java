package org.idds.cds.kernel.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.GovernedFigure;

/**
 * What a finding's knowledge looks like in an answer: its citations and figures by key with their verification,
 * whether any of them is unverified, and which cited sources (the rule's and its figures') a newer edition
 * supersedes. Every concern builds its findings' evidence this way.
 */
public record FindingEvidence(
        List<CitationRef> citations, List<FigureRef> figures, boolean unverified, List<String> supersededSources) {

    public FindingEvidence {
        citations = List.copyOf(citations);
        figures = List.copyOf(figures);
        supersededSources = List.copyOf(supersededSources);
    }

    /**
     * {@code sources} resolves a source key in the ruleset the answer is made under.
     */
    public static FindingEvidence of(
            List<Citation> ruleCitations,
            List<GovernedFigure> figures,
            Function<String, Optional<EvidenceSource>> sources) {
        List<CitationRef> citations = CitationRef.of(ruleCitations);
        List<FigureRef> figureRefs = figures.stream().map(FigureRef::of).toList();
        boolean unverified = citations.stream().anyMatch(c -> !c.verified())
                || figureRefs.stream().anyMatch(f -> !f.verified());
        Set<String> cited = new LinkedHashSet<>();
        ruleCitations.forEach(c -> cited.add(c.sourceKey()));
        figures.forEach(f -> f.citations().forEach(c -> cited.add(c.sourceKey())));
        List<String> superseded = cited.stream()
                .filter(key ->
                        sources.apply(key).map(EvidenceSource::superseded).orElse(false))
                .toList();
        return new FindingEvidence(citations, figureRefs, unverified, superseded);
    }
}
