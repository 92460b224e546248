package org.idds.cds.kernel.answer;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Concern;

/**
 * One finding of an answer in format {@code idds-answer/2}, listed once. {@code id} is {@code f1}..{@code fn} in
 * answer order. {@code summary} is the rule's summary (at most 140 characters: a CDS Hooks card's summary);
 * {@code detail} only when there is patient-specific text (the rule's static detail is ruleset text). {@code facts}
 * are keys into the answer's {@code facts}; {@code inputs} the missing inputs this finding asks for; {@code figures}
 * and {@code citations} name governed figures and sources by key with the value used and their verification.
 * {@code unverified}: a citation or figure of this finding is not verified; {@code supersededSources}: the cited
 * sources a newer edition supersedes. {@code effect}, {@code roles} and {@code devicePlan} are the concern's own
 * words; {@code statement} the governed statement the rule names; {@code omeLines} the OME lines it rests on, by index
 * into the answer's {@code opioidLoad.lines} (the full view adds their calculations as {@code calculation}).
 */
public record AnswerFinding(
        String id,
        String rule,
        String ruleVersion,
        Concern concern,
        String topic,
        String severity,
        Optional<String> effect,
        Optional<List<String>> roles,
        String summary,
        Optional<String> detail,
        List<String> facts,
        Optional<List<String>> inputs,
        List<FigureRef> figures,
        List<CitationRef> citations,
        boolean unverified,
        List<String> supersededSources,
        Optional<String> statement,
        Optional<String> devicePlan,
        Optional<List<Integer>> omeLines) {

    public AnswerFinding {
        roles = roles.map(List::copyOf);
        facts = List.copyOf(facts);
        inputs = inputs.map(List::copyOf);
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
        supersededSources = List.copyOf(supersededSources);
        omeLines = omeLines.map(List::copyOf);
    }

    /** The id of the finding at {@code index} (0-based) in answer order. */
    public static String id(int index) {
        return "f" + (index + 1);
    }

    /** The same finding asking for {@code missing} (the inputs that would change it), when there are any. */
    public AnswerFinding withInputs(List<String> missing) {
        return missing.isEmpty() ? this : with(Optional.of(missing), devicePlan);
    }

    /** The same finding without a device plan (an answer that shows none). */
    public AnswerFinding withoutDevicePlan() {
        return with(inputs, Optional.empty());
    }

    private AnswerFinding with(Optional<List<String>> inputs, Optional<String> devicePlan) {
        return new AnswerFinding(
                id,
                rule,
                ruleVersion,
                concern,
                topic,
                severity,
                effect,
                roles,
                summary,
                detail,
                facts,
                inputs,
                figures,
                citations,
                unverified,
                supersededSources,
                statement,
                devicePlan,
                omeLines);
    }
}
