package org.idds.cds.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;

/**
 * Answers in format {@value AnswerFormat#ANSWER_2}: one shape of finding for every kind, {@code findings[]} with
 * {@code rule}, {@code ruleVersion} and (selection) {@code effect}; the outcome is the candidacy's {@code verdict}, the
 * referral check's {@code engineVerdict} or the prescription check's {@code status}.
 */
final class SecondFormatAnswers implements StoredAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return AnswerFormat.ANSWER_2;
    }

    @Override
    public ReplayResult.Outcome outcome(AssessmentKind kind, String answer) {
        JsonNode body;
        try {
            body = JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException(format(), kind);
        }
        String outcome = switch (kind) {
            case CANDIDACY -> "verdict";
            case REFERRAL_CHECK -> "engineVerdict";
            case PRESCRIPTION_CHECK -> "status";
            default -> throw new UnreadableAnswerException(format(), kind);
        };
        List<String> findings = new ArrayList<>();
        body.path("findings")
                .forEach(f -> findings.add(ReplayResult.finding(
                        f.path("rule").asText(),
                        f.path("ruleVersion").asText(),
                        f.has("effect") ? Optional.of(f.path("effect").asText()) : Optional.empty())));
        return new ReplayResult.Outcome(body.path(outcome).asText(), findings);
    }
}
