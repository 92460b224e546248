package org.idds.cds.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;

/**
 * Answers in format {@value AnswerFormat#ANSWER_1} (every row stored before {@code response_schema} was recorded):
 * one shape per kind. A candidacy: {@code verdict} and {@code recommendations[]} with {@code ruleId},
 * {@code ruleVersion}, {@code effect}; a referral check the same with its {@code engineVerdict}; a prescription check:
 * {@code status} and {@code findings[]} with {@code ruleId}, {@code ruleVersion}.
 */
final class FirstFormatAnswers {

    private FirstFormatAnswers() {}

    /** A {@link StoredAnswerReader} of this format. */
    static ReplayResult.Outcome outcome(AssessmentKind kind, JsonNode body) {
        return switch (kind) {
            case CANDIDACY -> selection(body, "verdict");
            case REFERRAL_CHECK -> selection(body, "engineVerdict");
            case PRESCRIPTION_CHECK -> {
                List<String> findings = new ArrayList<>();
                body.path("findings")
                        .forEach(f -> findings.add(ReplayResult.finding(
                                f.path("ruleId").asText(), f.path("ruleVersion").asText(), Optional.empty())));
                yield new ReplayResult.Outcome(body.path("status").asText(), findings);
            }
            default -> throw new UnreadableAnswerException(AnswerFormat.ANSWER_1, kind);
        };
    }

    private static ReplayResult.Outcome selection(JsonNode body, String outcome) {
        List<String> findings = new ArrayList<>();
        body.path("recommendations")
                .forEach(r -> findings.add(ReplayResult.finding(
                        r.path("ruleId").asText(),
                        r.path("ruleVersion").asText(),
                        Optional.of(r.path("effect").asText()))));
        return new ReplayResult.Outcome(body.path(outcome).asText(), findings);
    }
}
