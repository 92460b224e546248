package org.idds.cds.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idds.cds.kernel.EvidenceGrade;
import org.idds.cds.kernel.GradingSystem;

/**
 * Reads a citation's {@code grade}: in format 2 an object naming its grading {@code system} and the fields that system
 * has ({@code level}, {@code grade}, {@code certainty}, {@code consensusStrength}); in format 1 (archived rulesets) the
 * free text of the time, read into the same fields where it is one of the notations those rulesets used
 * ({@code "II-2/B, Strong"}, {@code "Grade B, level IB"}) and kept as written otherwise.
 *
 * <p>The schemas refuse a malformed grade first, naming the file and JSON path; the checks here repeat the rules per
 * system so that a grade is never read into fields its system does not have.
 */
final class EvidenceGrades {

    private EvidenceGrades() {}

    private static final Set<String> USPSTF_LEVELS = Set.of("I", "II-1", "II-2", "II-3", "III");
    private static final Set<String> GRADES = Set.of("A", "B", "C", "D", "I");
    private static final Set<String> CERTAINTIES = Set.of("high", "moderate", "low");
    private static final Set<String> CONSENSUS = Set.of("Strong", "Moderate", "Weak");
    private static final Pattern PRINTED_LEVEL = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

    /** The fields each system has, and the values each allows (empty: a level as the source prints it). */
    private static final Map<GradingSystem, Map<String, Set<String>>> FIELDS = Map.of(
            GradingSystem.PACC2016_USPSTF,
            Map.of("level", USPSTF_LEVELS, "grade", GRADES, "consensusStrength", CONSENSUS),
            GradingSystem.PACC2024,
            Map.of("level", Set.of(), "grade", GRADES, "certainty", CERTAINTIES));

    /** PACC 2016 notation of format 1 files: level/grade, consensus strength. */
    private static final Pattern PACC2016_TEXT =
            Pattern.compile("(I|II-1|II-2|II-3|III)/([ABCDI]), (Strong|Moderate|Weak)");

    /** PACC 2024 notation of format 1 files: Grade X[, level Y][, certainty]. */
    private static final Pattern PACC2024_TEXT =
            Pattern.compile("Grade ([ABCDI])(?:, level ([A-Z0-9][A-Z0-9-]*))?(?:, (high|moderate|low) certainty)?");

    /** The grade of the citation at {@code where}; a problem names it when the grade is not one its system allows. */
    static Optional<EvidenceGrade> read(String where, JsonNode node, List<String> problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(fromText(node.asText()));
        }
        if (!node.isObject()) {
            problems.add(where + ": grade must be an object with its grading system");
            return Optional.empty();
        }
        Optional<GradingSystem> system = system(node.path("system").asText(null));
        if (system.isEmpty()) {
            problems.add(where + ": grade needs a known grading system " + List.of(GradingSystem.values()));
            return Optional.empty();
        }
        Map<String, Set<String>> allowed = FIELDS.get(system.orElseThrow());
        int stated = 0;
        for (var fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (field.equals("system")) {
                continue;
            }
            if (!allowed.containsKey(field)) {
                problems.add(where + ": grade field " + field + " is not part of " + system.orElseThrow());
                continue;
            }
            String value = node.path(field).asText("");
            Set<String> values = allowed.get(field);
            boolean ok = values.isEmpty() ? PRINTED_LEVEL.matcher(value).matches() : values.contains(value);
            if (!ok) {
                problems.add(
                        where + ": grade " + field + " " + value + " is not one " + system.orElseThrow() + " allows"
                                + (values.isEmpty()
                                        ? ""
                                        : " " + values.stream().sorted().toList()));
                continue;
            }
            stated++;
        }
        if (stated == 0) {
            problems.add(where + ": grade states no level, grade, certainty or consensus strength");
            return Optional.empty();
        }
        return Optional.of(new EvidenceGrade(
                system,
                text(node, "level"),
                text(node, "grade"),
                text(node, "certainty"),
                text(node, "consensusStrength"),
                Optional.empty()));
    }

    /**
     * A format 1 grade: read into the fields where the text is one of the two notations format 1 rulesets used, kept
     * as written otherwise (never guessed).
     */
    static EvidenceGrade fromText(String text) {
        Matcher pacc2016 = PACC2016_TEXT.matcher(text);
        if (pacc2016.matches()) {
            return new EvidenceGrade(
                    Optional.of(GradingSystem.PACC2016_USPSTF),
                    Optional.of(pacc2016.group(1)),
                    Optional.of(pacc2016.group(2)),
                    Optional.empty(),
                    Optional.of(pacc2016.group(3)),
                    Optional.empty());
        }
        Matcher pacc2024 = PACC2024_TEXT.matcher(text);
        if (pacc2024.matches()) {
            return new EvidenceGrade(
                    Optional.of(GradingSystem.PACC2024),
                    Optional.ofNullable(pacc2024.group(2)),
                    Optional.of(pacc2024.group(1)),
                    Optional.ofNullable(pacc2024.group(3)),
                    Optional.empty(),
                    Optional.empty());
        }
        return EvidenceGrade.asWritten(text);
    }

    private static Optional<GradingSystem> system(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(GradingSystem.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
