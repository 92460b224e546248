package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The full view only adds ruleset text: for every case answer (selection, dosing, MDT snapshots), expanded under the
 * bundled ruleset's texts and under each archived ruleset's (which lack the newer outcomes sections, algorithm files
 * or figures), {@link FullView} never throws and every value of the compact answer is still there, unchanged. The one
 * field it may drop is {@code notEncoded: false} (nothing left out: absent, as the answer read before the text moved),
 * and {@code notEncoded: true} may read as the text of what is not encoded.
 */
class FullViewOnlyAddsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCaseAnswerKeepsEveryCompactValueUnderEveryRulesetsTexts() throws IOException {
        RulesetLoader loader = Knowledge.loader();
        List<RulesetTexts> texts = new ArrayList<>();
        texts.add(RulesetTexts.of(loader.bundled()));
        for (String version : List.of(
                "2026.11.0",
                "2026.12.0",
                "2026.12.1",
                "2026.12.2",
                "2026.12.3",
                "2026.12.4",
                "2026.12.5",
                "2026.12.6")) {
            texts.add(RulesetTexts.of(loader.archived(version)));
        }
        List<Path> snapshots;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/rules"))) {
            snapshots = files.filter(p -> p.getFileName().toString().equals("snapshot.json"))
                    .sorted()
                    .toList();
        }
        assertFalse(snapshots.isEmpty());
        return snapshots.stream()
                .map(path ->
                        DynamicTest.dynamicTest(path.getParent().getFileName().toString(), () -> {
                            JsonNode compact = JSON.readTree(path.toFile());
                            for (RulesetTexts t : texts) {
                                JsonNode full = FullView.of(compact, t);
                                List<String> lost = new ArrayList<>();
                                kept("$", compact, full, lost);
                                assertTrue(lost.isEmpty(), path + " under " + t.version() + ": " + lost);
                            }
                        }));
    }

    /** Every value of {@code compact} is in {@code full} at the same place (objects may gain fields). */
    private static void kept(String at, JsonNode compact, JsonNode full, List<String> lost) {
        if (full == null || full.isMissingNode()) {
            if (!(at.endsWith(".notEncoded") && compact.isBoolean() && !compact.asBoolean())) {
                lost.add(at + " is gone");
            }
            return;
        }
        if (compact.isObject()) {
            if (!full.isObject()) {
                lost.add(at + " is no longer an object");
                return;
            }
            compact.fields()
                    .forEachRemaining(f -> kept(at + "." + f.getKey(), f.getValue(), full.get(f.getKey()), lost));
        } else if (compact.isArray()) {
            if (!full.isArray() || full.size() != compact.size()) {
                lost.add(at + " changed length");
                return;
            }
            for (int i = 0; i < compact.size(); i++) {
                kept(at + "[" + i + "]", compact.get(i), full.get(i), lost);
            }
        } else if (at.endsWith(".notEncoded") && compact.asBoolean() && full.isTextual()) {
            return; // the flag read out: what the encoded algorithm does not give, as its file says
        } else if (!compact.equals(full)) {
            lost.add(at + ": " + compact + " -> " + full);
        }
    }
}
