package org.idds.cds.mdt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a replay of an MDT case compares, in the one replay shape ({@code audit.ReplayResult}): the outcome is each
 * concern's outcome ({@code candidacy=CANDIDATE_WITH_PRECAUTIONS prescriptionCheck=DO_NOT_USE_AS_WRITTEN}) and the
 * findings each concern's rules ({@code candidacy SEL-RR-010@1.0.0}) and the drug options offered per line. The audit's
 * reader of stored answers reads a stored MDT answer into the same strings ({@code audit.FirstFormatAnswers}).
 */
public final class MdtReplay {

    private MdtReplay() {}

    /** One concern's outcome and the rules of its findings ({@code rule@version}, in the answer's order). */
    public record ConcernOutcome(String section, String outcome, List<String> rules) {}

    /** The row's outcome: each concern's, {@code candidacy=CANDIDATE prescriptionCheck=NO_CONCERNS_FOUND}. */
    public static String outcome(List<ConcernOutcome> outcomes) {
        return String.join(
                " ",
                outcomes.stream()
                        .filter(o -> !o.section().equals(Section.DRUG_OPTIONS.field()))
                        .map(o -> o.section() + "=" + o.outcome())
                        .toList());
    }

    /** The findings as compared: {@code <section> <rule@version>}, and {@code drugOptions <line:option=status|...>}. */
    public static List<String> findings(List<ConcernOutcome> outcomes) {
        List<String> out = new ArrayList<>();
        for (ConcernOutcome o : outcomes) {
            if (o.section().equals(Section.DRUG_OPTIONS.field())) {
                out.add(o.section() + " " + o.outcome());
            } else {
                o.rules().forEach(r -> out.add(o.section() + " " + r));
            }
        }
        return List.copyOf(out);
    }

    /** The outcomes of a composed answer, as a replay compares them. */
    public static List<ConcernOutcome> outcomes(MdtCaseAnswer answer) {
        List<ConcernOutcome> out = new ArrayList<>();
        var c = answer.concerns();
        out.add(new ConcernOutcome(
                Section.CANDIDACY.field(),
                c.candidacy().verdict().name(),
                rules(c.candidacy().findings())));
        concern(out, Section.PRESCRIPTION_CHECK, c.prescriptionCheck(), p -> p.status(), p -> p.findings());
        concern(out, Section.PROCEDURE_CHECK, c.procedureCheck(), p -> p.status(), p -> p.findings());
        concern(out, Section.FOLLOW_UP_CHECK, c.followUpCheck(), f -> f.status(), f -> f.findings());
        concern(out, Section.TRIAL_EVALUATION, c.trialEvaluation(), t -> t.status(), t -> t.findings());
        concern(out, Section.TRIAL_PLAN_IN_CASE, c.trialPlan(), t -> t.status(), t -> t.findings());
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

    /** A concern's section, when the case answered it: its status and the rules of its findings. */
    private static <T> void concern(
            List<ConcernOutcome> out,
            Section section,
            Optional<T> answered,
            Function<T, Enum<?>> status,
            Function<T, List<MdtCaseAnswer.FindingRef>> findings) {
        answered.ifPresent(
                a -> out.add(new ConcernOutcome(section.field(), status.apply(a).name(), rules(findings.apply(a)))));
    }

    private static List<String> rules(List<MdtCaseAnswer.FindingRef> refs) {
        return refs.stream().map(r -> r.rule() + "@" + r.ruleVersion()).toList();
    }
}
