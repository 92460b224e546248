package org.idds.cds.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grade a source gives the statement cited, field by field as its grading {@code system} has them: evidence
 * {@code level}, {@code grade} of the recommendation, {@code certainty}, panel {@code consensusStrength}. Each field
 * is present only where the source states it. {@code asWritten} keeps a free-text grade of a ruleset written before
 * grades were structured (format 1) that could not be read into the fields; the system is then unknown.
 */
public record EvidenceGrade(
        Optional<GradingSystem> system,
        Optional<String> level,
        Optional<String> grade,
        Optional<String> certainty,
        Optional<String> consensusStrength,
        Optional<String> asWritten) {

    /** A grade kept only as the text an older ruleset wrote. */
    public static EvidenceGrade asWritten(String text) {
        return new EvidenceGrade(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(text));
    }

    /** One line for a reader, e.g. "level II-2, grade B, Strong consensus (PACC 2016, USPSTF)". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        level.ifPresent(l -> parts.add("level " + l));
        grade.ifPresent(g -> parts.add("grade " + g));
        certainty.ifPresent(c -> parts.add(c + " certainty"));
        consensusStrength.ifPresent(s -> parts.add(s + " consensus"));
        asWritten.ifPresent(parts::add);
        String fields = String.join(", ", parts);
        return system.map(s -> fields + " (" + s.shortName() + ")").orElse(fields);
    }
}
