package org.idds.cds.mdt;

import java.util.List;
import java.util.Optional;
import org.idds.cds.mdt.MdtCaseAnswer.Part;

/**
 * One finding of one concern's answer as the composition reads it, in the names of the shared answer format
 * (idds-answer/2): its {@code origin} as the concern gave it (rule and version, concern and topic, severity
 * ({@code critical|warning|info}) and summary: what a merged item lists of each finding it merged), the governed figures it used ({@code {key, value, unit, verified}}), its citations ({@code {source, verified}}) and the
 * governed statement it names, if any; the keys of the facts it rests on (in the MDT answer's {@code facts}), whether a
 * citation or figure of it is unverified, and the cited sources a newer edition supersedes. {@link ConcernAnswers} makes these from each concern's answer; when the
 * shared format-2 finding type exists, that adapter is the one place to change.
 */
public record ConcernFinding(
        Section section,
        Part origin,
        List<Figure> figures,
        List<CitationRef> citations,
        Optional<String> statement,
        List<String> facts,
        boolean unverified,
        List<String> supersededSources) {

    public ConcernFinding {
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
        facts = List.copyOf(facts);
        supersededSources = List.copyOf(supersededSources);
    }

    /** A governed figure the finding used, by key, with the value it had and whether it is verified. */
    public record Figure(String key, String value, Optional<String> unit, boolean verified) {}

    /** A source the finding cites, by key; its label, locator and grade are ruleset text, read by key. */
    public record CitationRef(String source, boolean verified) {}

    /** The keys this finding may be merged on: its statement, and the set of figure keys it used. */
    public List<String> figureKeys() {
        return figures.stream().map(Figure::key).distinct().sorted().toList();
    }
}
