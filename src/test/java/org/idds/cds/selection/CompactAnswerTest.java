package org.idds.cds.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 1: the candidacy answer in format {@code idds-answer/2} is compact. Seed case 2 (a realistic referral
 * with five checks to confirm, two precautions and two opioids under disagreeing factors) answers in at most 16 KB
 * of JSON as sent and 5 KB gzipped at level 1; each check that is at once a missing input and an item to confirm is
 * one finding with both roles, and its input is listed once; the verdict summary names inputs by their clinical
 * labels, never by path.
 */
@QuarkusTest
class CompactAnswerTest {

    private static final String SEED_CASE_2 = "selection/cases/seed000-case2-colon-cancer-high-systemic-opioids";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedCase2AnswersInAtMost16KilobytesAnd5KilobytesGzipped() throws IOException {
        byte[] answer = answer().getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = gzipLevel1(answer);
        assertTrue(answer.length <= 16 * 1024, "answer is " + answer.length + " bytes of JSON");
        assertTrue(gzipped.length <= 5 * 1024, "answer is " + gzipped.length + " bytes gzipped at level 1");
    }

    @Test
    void aCheckThatIsAMissingInputAndAnItemToConfirmIsOneFindingWithBothRoles() throws IOException {
        JsonNode answer = JSON.readTree(answer());
        assertEquals(
                AnswerFormat.ANSWER_2,
                answer.fieldNames().next().equals("format")
                        ? answer.path("format").asText()
                        : "");
        for (String rule : List.of("SEL-BR-013", "SEL-BR-014", "SEL-BR-015")) {
            List<JsonNode> items = new ArrayList<>();
            answer.path("findings").forEach(f -> {
                if (f.path("rule").asText().equals(rule)) {
                    items.add(f);
                }
            });
            assertEquals(1, items.size(), rule + " in findings");
            JsonNode finding = items.get(0);
            assertEquals(
                    "[\"MISSING_INPUT\",\"CONFIRM_BEFORE_IMPLANT\"]",
                    finding.path("roles").toString(),
                    rule);
            String input = finding.path("inputs").path(0).asText();
            List<JsonNode> listed = new ArrayList<>();
            answer.path("missingInputs").forEach(m -> {
                if (m.path("input").asText().equals(input)) {
                    listed.add(m);
                }
            });
            assertEquals(1, listed.size(), input + " in missingInputs");
            assertEquals("CONFIRM_BEFORE_IMPLANT", listed.get(0).path("role").asText());
            assertTrue(
                    texts(listed.get(0).path("findings"))
                            .contains(finding.path("id").asText()),
                    input);
        }
        assertFalse(answer.has("confirmBeforeImplant"));
        assertFalse(answer.has("recommendations"));
        List<String> ids = new ArrayList<>();
        answer.path("findings").forEach(f -> ids.add(f.path("id").asText()));
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("f" + (i + 1), ids.get(i));
        }
    }

    @Test
    void theVerdictSummaryIsWrittenForPeople() throws IOException {
        JsonNode answer = JSON.readTree(answer());
        String summary = answer.path("verdictSummary").asText();
        assertTrue(summary.length() <= 280, summary);
        answer.path("missingInputs")
                .forEach(m -> assertFalse(summary.contains(m.path("input").asText()), summary));
        assertTrue(summary.contains("platelet count"), summary);
    }

    private static String answer() {
        return Api.candidacyAnswer(Fixtures.all("selection").stream()
                .filter(c -> c.folder().endsWith(Fixtures.ROOT.resolve(SEED_CASE_2)))
                .findFirst()
                .orElseThrow());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** GZIP framing around a level-1 deflate: what a server compressing for speed sends. */
    static byte[] gzipLevel1(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
