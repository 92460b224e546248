package org.idds.cds.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.answer.DrugCombination;

/**
 * Answers in format {@value AnswerFormat#ANSWER_2}: one shape of finding for every kind, {@code findings[]} with
 * {@code rule}, {@code ruleVersion} and (selection) {@code effect}; the outcome is the candidacy's {@code verdict}, the
 * referral check's {@code engineVerdict} or the prescription check's {@code status}.
 */
final class SecondFormatAnswers {

    private SecondFormatAnswers() {}

    /** A {@link StoredAnswerReader} of this format. */
    static ReplayResult.Outcome outcome(AssessmentKind kind, JsonNode body) {
        if (kind == AssessmentKind.MDT_CASE) {
            return mdtCase(body.path("concerns"));
        }
        String outcome = switch (kind) {
            case CANDIDACY -> "verdict";
            case REFERRAL_CHECK -> "engineVerdict";
            case PRESCRIPTION_CHECK, PROCEDURE_CHECK, FOLLOW_UP_CHECK, TRIAL_EVALUATION, TRIAL_PLAN -> "status";
            default -> throw new UnreadableAnswerException(AnswerFormat.ANSWER_2, kind);
        };
        List<String> findings = new ArrayList<>();
        body.path("findings")
                .forEach(f -> findings.add(ReplayResult.finding(
                        f.path("rule").asText(),
                        f.path("ruleVersion").asText(),
                        f.has("effect") ? Optional.of(f.path("effect").asText()) : Optional.empty())));
        return new ReplayResult.Outcome(body.path(outcome).asText(), findings);
    }

    /**
     * An MDT case: {@code concerns} holds each concern's section. The outcome is {@code candidacy=<verdict>} and, when
     * checked, {@code prescriptionCheck=<status>} and {@code procedureCheck=<status>} and {@code followUpCheck=<status>} and {@code trialEvaluation=<status>} and {@code trialPlan=<status>}; the findings {@code <section> <rule@version>} from each section's
     * {@code findings[]}, and {@code drugOptions <line>:<label>=<status>|...;...} for the drug options (the same strings
     * {@code mdt.MdtReplay} makes of a replayed case: the test of the MDT case proves they agree).
     */
    private static ReplayResult.Outcome mdtCase(JsonNode concerns) {
        List<String> outcome = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (String section : List.of(
                "candidacy", "prescriptionCheck", "procedureCheck", "followUpCheck", "trialEvaluation", "trialPlan")) {
            JsonNode s = concerns.path(section);
            if (s.isMissingNode()) {
                continue;
            }
            outcome.add(section + "="
                    + s.path(section.equals("candidacy") ? "verdict" : "status").asText());
            s.path("findings")
                    .forEach(f -> findings.add(section + " "
                            + ReplayResult.finding(
                                    f.path("rule").asText(),
                                    f.path("ruleVersion").asText(),
                                    Optional.empty())));
        }
        JsonNode options = concerns.path("drugOptions");
        if (!options.isMissingNode()) {
            List<String> lines = new ArrayList<>();
            for (JsonNode line : options.path("lines")) {
                List<String> each = new ArrayList<>();
                line.path("options")
                        .forEach(o ->
                                each.add(optionLabel(o) + "=" + o.path("status").asText()));
                lines.add(line.path("line").asInt() + ":" + String.join("|", each));
            }
            findings.add("drugOptions " + String.join(";", lines));
        }
        return new ReplayResult.Outcome(String.join(" ", outcome), findings);
    }

    /**
     * An option as the replay names it: its drugs joined by " + " (an answer stored before the option's label became
     * ruleset text carries that same label).
     */
    private static String optionLabel(JsonNode option) {
        if (option.path("label").isTextual()) {
            return option.path("label").asText();
        }
        List<String> drugs = new ArrayList<>();
        option.path("drugs").forEach(d -> drugs.add(d.asText()));
        return DrugCombination.label(drugs);
    }
}
