package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idds.cds.kernel.Severity;
import org.idds.cds.ruleset.StatusRows;

/**
 * Dosing's status policy and its wording, as the ruleset's {@code dosing/outcomes.json} gives them (read by
 * {@link DosingOutcomes}): the status from the severities of the findings (rows in order, the first whose condition
 * holds), the status summary for people, and the disclaimers.
 *
 * <p>A summary template may use {@code {findingCounts}} (how many findings of each severity the file counts, in its
 * words: "1 critical finding and 2 findings to review"). Each finding's own summary stays in the finding. The
 * legacy copy of the Java policy (for rulesets made before this file existed) may also use
 * {@code {findingSummaries}} (every critical and warning finding's summary, as that code wrote them); a ruleset's
 * own file may not, because a summary must stay within {@value #MAX_SUMMARY} characters whatever fires.
 */
public record StatusPolicy(
        List<Row> rows,
        Map<PrescriptionCheckResult.Status, String> summaries,
        Optional<FindingCounts> findingCounts,
        String disclaimer,
        String drugOptionsDisclaimer) {

    /** The longest status summary a ruleset's template may produce. */
    public static final int MAX_SUMMARY = 280;

    /** The engine stops at 10,000 firings, so a count of findings has at most this many digits. */
    static final int MAX_COUNT_DIGITS = 5;

    static final String FINDING_COUNTS = "{findingCounts}";
    static final String FINDING_SUMMARIES = "{findingSummaries}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    public StatusPolicy {
        rows = List.copyOf(rows);
        summaries = Map.copyOf(summaries);
    }

    /** A row: the status when any finding has one of {@code anySeverity} (always, when empty). */
    public record Row(Set<Severity> anySeverity, PrescriptionCheckResult.Status status) {

        public Row {
            anySeverity = anySeverity.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anySeverity));
        }

        boolean holds(Set<Severity> present) {
            return StatusRows.holds(anySeverity, present);
        }
    }

    /** How {@code {findingCounts}} reads: the severities counted, in order, each as one or several, joined. */
    public record FindingCounts(List<Severity> of, Map<Severity, Phrase> phrases, String and) {

        public FindingCounts {
            of = List.copyOf(of);
            phrases = Map.copyOf(phrases);
        }

        /** {@code other} holds {@code {n}}, the count. */
        public record Phrase(String one, String other) {

            String of(long n) {
                return n == 1 ? one : other.replace("{n}", Long.toString(n));
            }

            int longest() {
                return Math.max(one.length(), other.replace("{n}", "").length() + MAX_COUNT_DIGITS);
            }
        }

        String render(List<Severity> severities) {
            List<String> parts = new ArrayList<>();
            for (Severity s : of) {
                long n = severities.stream().filter(s::equals).count();
                if (n > 0) {
                    parts.add(phrases.get(s).of(n));
                }
            }
            return String.join(and, parts);
        }

        int longest() {
            return of.stream().mapToInt(s -> phrases.get(s).longest()).sum()
                    + Math.max(0, of.size() - 1) * and.length();
        }
    }

    /** The status for findings of these severities: the first row that holds. */
    public PrescriptionCheckResult.Status status(Set<Severity> present) {
        return StatusRows.firstHolding(rows, Row::anySeverity, present)
                .map(Row::status)
                .orElseThrow(() -> new IllegalStateException(
                        "no status row holds for " + present + " (the loader checks every set of severities)"));
    }

    /**
     * The status in words: the status text with the findings counted ({@code severities} and {@code summaries} of the
     * findings in answer order).
     */
    public String summary(PrescriptionCheckResult.Status status, List<Severity> severities, List<String> summaries) {
        String text = this.summaries.get(status);
        if (text.contains(FINDING_COUNTS)) {
            text = text.replace(
                    FINDING_COUNTS, findingCounts.map(c -> c.render(severities)).orElse(""));
        }
        if (text.contains(FINDING_SUMMARIES)) {
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < severities.size(); i++) {
                if (severities.get(i) != Severity.INFO && !reasons.contains(summaries.get(i))) {
                    reasons.add(summaries.get(i));
                }
            }
            text = text.replace(FINDING_SUMMARIES, String.join(" ", reasons));
        }
        return text;
    }

    /**
     * What is wrong with the policy: a set of severities no row gives a status for, a status without a summary, an
     * unknown placeholder, a severity counted without its phrases, or a template that can exceed
     * {@value #MAX_SUMMARY} characters ({@code legacy}: the copy of the Java policy, whose summaries listed every
     * finding's, is read as it was).
     */
    public List<String> problems(boolean legacy) {
        List<String> problems = new ArrayList<>();
        List<Severity> all = List.of(Severity.values());
        for (int mask = 0; mask < 1 << all.size(); mask++) {
            Set<Severity> present = EnumSet.noneOf(Severity.class);
            for (int i = 0; i < all.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    present.add(all.get(i));
                }
            }
            if (rows.stream().noneMatch(r -> r.holds(present))) {
                problems.add("statusPolicy: no row gives a status for findings of severities " + present);
            }
        }
        for (PrescriptionCheckResult.Status status : PrescriptionCheckResult.Status.values()) {
            String text = summaries.get(status);
            if (text == null) {
                problems.add("statusSummaries: no text for " + status);
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            int longest = text.length();
            boolean bounded = true;
            while (m.find()) {
                String placeholder = m.group();
                longest -= placeholder.length();
                if (placeholder.equals(FINDING_COUNTS)) {
                    if (findingCounts.isEmpty()) {
                        problems.add("statusSummaries." + status + ": uses " + FINDING_COUNTS
                                + " but the file has no findingCounts");
                    } else {
                        longest += findingCounts.get().longest();
                    }
                } else if (placeholder.equals(FINDING_SUMMARIES) && legacy) {
                    bounded = false;
                } else {
                    problems.add("statusSummaries." + status + ": unknown placeholder " + placeholder
                            + (placeholder.equals(FINDING_SUMMARIES)
                                    ? " (the findings' summaries stay in the findings; count them with "
                                            + FINDING_COUNTS + ")"
                                    : ""));
                }
            }
            if (bounded && longest > MAX_SUMMARY) {
                problems.add("statusSummaries." + status + ": can be " + longest + " characters long, more than "
                        + MAX_SUMMARY);
            }
        }
        findingCounts.ifPresent(c -> c.of().stream()
                .filter(s -> !c.phrases().containsKey(s))
                .forEach(s -> problems.add("findingCounts: counts " + s.cdsHooksCode() + " without its phrases")));
        return problems;
    }
}
