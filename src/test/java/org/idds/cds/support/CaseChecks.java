package org.idds.cds.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.RuleStatus;
import org.idds.cds.ruleset.Ruleset;

/**
 * What the clinical cases must say about a ruleset's rules, every problem naming the case folder (or the rule):
 * cases name only existing rules; a case covers at least the rules of its expected findings, and every rule it covers
 * fires or is a pertinent negative in its snapshot; a topic's case covers a rule of that topic; every ACTIVE rule fires
 * in at least one case and is covered by at least one; every rule with a {@code whenNotMet} text is a pertinent
 * negative in at least one case.
 */
public final class CaseChecks {

    private CaseChecks() {}

    public static List<String> problems(Ruleset ruleset, List<Fixtures.ClinicalCase> cases) {
        return problems(ruleset, cases, org.idds.cds.kernel.Concern.SELECTION);
    }

    /**
     * The checks for one concern's cases. A prescription check's answer lists its {@code findings} and shows no
     * pertinent negatives (a dosing rule's {@code whenNotMet} text is for the rule card), so for dosing only firing
     * and coverage are required.
     */
    public static List<String> problems(
            Ruleset ruleset, List<Fixtures.ClinicalCase> cases, org.idds.cds.kernel.Concern concern) {
        List<String> problems = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        Set<String> negatives = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        for (Fixtures.ClinicalCase c : cases) {
            String where = c.path() + ": ";
            Set<String> named = new LinkedHashSet<>(c.covers());
            Set<String> expected = new LinkedHashSet<>();
            c.then().path("findings").forEach(f -> expected.add(f.path("ruleId").asText()));
            named.addAll(expected);
            c.then().path("absentRules").forEach(id -> named.add(id.asText()));
            c.then().path("pertinentNegatives").forEach(id -> named.add(id.asText()));
            named.stream()
                    .filter(id -> ruleset.rule(id).isEmpty())
                    .forEach(id -> problems.add(
                            where + "names " + id + ", which is not a rule of ruleset " + ruleset.version()));
            expected.stream()
                    .filter(id -> !c.covers().contains(id))
                    .forEach(id -> problems.add(
                            where + "case.json does not cover " + id + ", which its expected findings name"));
            covered.addAll(c.covers());
            c.topic().ifPresent(topic -> {
                boolean coversItsTopic = c.covers().stream()
                        .map(ruleset::rule)
                        .flatMap(Optional::stream)
                        .anyMatch(rule -> folderOf(rule).equals(topic));
                if (!coversItsTopic) {
                    problems.add(where + "sits in the topic folder " + topic + " but covers none of its rules");
                }
            });
            Optional<JsonNode> snapshot = snapshot(c);
            if (snapshot.isEmpty()) {
                problems.add(where + "has no " + Snapshots.FILE);
                continue;
            }
            Set<String> firedHere = new TreeSet<>();
            Set<String> negativeHere = new TreeSet<>();
            snapshot.get().path("findings").forEach(r -> firedHere.add(ruleOf(r)));
            snapshot.get().path("pertinentNegatives").forEach(n -> negativeHere.add(ruleOf(n)));
            c.covers().stream()
                    .filter(id -> !firedHere.contains(id) && !negativeHere.contains(id))
                    .forEach(id -> problems.add(where + "covers " + id
                            + ", which neither fires nor is a pertinent negative in its snapshot"));
            fired.addAll(firedHere);
            negatives.addAll(negativeHere);
        }
        for (RuleMetadata rule : ruleset.rules().values()) {
            if (rule.concern() != concern) {
                continue; // each concern's cases cover that concern's rules
            }
            if (waitsForASiteSetting(ruleset, rule)) {
                continue; // it cannot fire on the shipped ruleset; SiteSetParametersTest shows it firing once set
            }
            if (rule.status() == RuleStatus.ACTIVE && !fired.contains(rule.id())) {
                problems.add("ACTIVE rule " + rule.id() + " fires in no clinical case");
            }
            if (rule.status() == RuleStatus.ACTIVE && !covered.contains(rule.id())) {
                problems.add("ACTIVE rule " + rule.id() + " is covered by no case's case.json");
            }
            if (concern == org.idds.cds.kernel.Concern.SELECTION
                    && rule.status() == RuleStatus.ACTIVE
                    && rule.whenNotMet().isPresent()
                    && !negatives.contains(rule.id())) {
                problems.add("rule " + rule.id() + " has a whenNotMet text but is a pertinent negative in no case");
            }
        }
        return problems;
    }

    /**
     * A rule that fires only once a site changes a parameter: it reads a parameter the ruleset ships without a value
     * and fires only once it is set, or one the ruleset ships with a value (a warning-only default) and fires only once
     * a site removes it. No case on the shipped ruleset can fire it, and it never shows as a pertinent negative.
     */
    public static boolean waitsForASiteSetting(org.idds.cds.ruleset.Ruleset ruleset, RuleMetadata rule) {
        if (rule.whenNotMet().isPresent()) {
            return false;
        }
        String marker = "@ruleId(\"" + rule.id() + "\")";
        return ruleset.drl().stream()
                .filter(f -> f.content().contains(marker))
                .map(f -> f.content().substring(f.content().indexOf(marker)).split("\nend", 2)[0])
                .anyMatch(body -> ruleset.parameters().stream()
                        .filter(p -> p.usedBy().contains(rule.id()))
                        .anyMatch(p -> (!p.isSet()
                                        && body.matches("(?s).*key == \"" + java.util.regex.Pattern.quote(p.key())
                                                + "\",\\s*set == true.*"))
                                || (p.isSet()
                                        && body.matches("(?s).*key == \"" + java.util.regex.Pattern.quote(p.key())
                                                + "\",\\s*set == false.*"))));
    }

    /** {@code selection/refractory-pain} for a SELECTION rule of topic RefractoryPain. */
    /** The rule a finding or pertinent negative names: {@code rule} in format idds-answer/2, {@code ruleId} before. */
    private static String ruleOf(JsonNode finding) {
        return (finding.has("rule") ? finding.path("rule") : finding.path("ruleId")).asText();
    }

    static String folderOf(RuleMetadata rule) {
        return rule.concern().name().toLowerCase(Locale.ROOT) + "/"
                + rule.topic().replaceAll("(?<=[a-z0-9])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
    }

    private static Optional<JsonNode> snapshot(Fixtures.ClinicalCase c) {
        try {
            return Snapshots.read(c.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
