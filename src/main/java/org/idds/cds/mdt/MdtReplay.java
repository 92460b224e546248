package org.idds.cds.mdt;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The replay of a stored MDT case under the ruleset it was made with: per concern, the outcome (verdict or status)
 * and the rules of its findings as stored and as replayed, whether they are reproduced, and what differs.
 */
public record MdtReplay(
        UUID assessmentId,
        String rulesetVersion,
        String rulesetHash,
        boolean reproduced,
        List<ConcernOutcome> original,
        List<ConcernOutcome> replayed,
        List<String> differences) {

    /** One concern's outcome and the rules of its findings ({@code rule@version}, in the answer's order). */
    public record ConcernOutcome(String section, String outcome, List<String> rules) {}

    public static MdtReplay compare(
            UUID id, String version, String hash, List<ConcernOutcome> original, List<ConcernOutcome> replayed) {
        List<String> differences = new ArrayList<>();
        for (ConcernOutcome was : original) {
            ConcernOutcome now = replayed.stream()
                    .filter(r -> r.section().equals(was.section()))
                    .findFirst()
                    .orElse(null);
            if (now == null) {
                differences.add(was.section() + " not replayed");
                continue;
            }
            if (!was.outcome().equals(now.outcome())) {
                differences.add(was.section() + " " + was.outcome() + " became " + now.outcome());
            }
            was.rules().stream()
                    .filter(r -> !now.rules().contains(r))
                    .forEach(r -> differences.add(was.section() + " lost " + r));
            now.rules().stream()
                    .filter(r -> !was.rules().contains(r))
                    .forEach(r -> differences.add(was.section() + " new " + r));
        }
        replayed.stream()
                .filter(r -> original.stream().noneMatch(o -> o.section().equals(r.section())))
                .forEach(r -> differences.add(r.section() + " new section"));
        return new MdtReplay(id, version, hash, differences.isEmpty(), original, replayed, List.copyOf(differences));
    }

    /** The outcomes of a composed answer, as a replay compares them. */
    public static List<ConcernOutcome> outcomes(MdtCaseAnswer answer) {
        List<ConcernOutcome> out = new ArrayList<>();
        var c = answer.concerns();
        out.add(new ConcernOutcome(
                Section.CANDIDACY.field(),
                c.candidacy().verdict().name(),
                rules(c.candidacy().findings())));
        c.prescriptionCheck()
                .ifPresent(p -> out.add(new ConcernOutcome(
                        Section.PRESCRIPTION_CHECK.field(), p.status().name(), rules(p.findings()))));
        c.drugOptions()
                .ifPresent(d -> out.add(new ConcernOutcome(Section.DRUG_OPTIONS.field(), offered(d), List.of())));
        return List.copyOf(out);
    }

    /**
     * The drug options' outcome in one word per line: the options offered ({@code 1:morphine|hydromorphone;2:...}),
     * so that a line whose offer changed is a difference.
     */
    public static String offered(MdtCaseAnswer.DrugOptionsOutcome d) {
        List<String> lines = new ArrayList<>();
        for (MdtCaseAnswer.Line line : d.lines()) {
            lines.add(line.line() + ":"
                    + String.join(
                            "|",
                            line.options().stream()
                                    .map(o -> o.label() + "=" + o.status())
                                    .toList()));
        }
        return String.join(";", lines);
    }

    private static List<String> rules(List<MdtCaseAnswer.FindingRef> refs) {
        return refs.stream().map(r -> r.rule() + "@" + r.ruleVersion()).toList();
    }
}
