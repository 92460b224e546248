package org.idds.cds.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The planning rules classify each check a candidacy is provisional on exactly once, without ordering: the selection
 * rules TRI-PL-010..015 name (each in one rule only) are exactly those TRI-PL-016 excludes, so every open check fires
 * one classifying rule, or TRI-PL-016 when no rule names it.
 */
class TrialPlanningRulesTest {

    private static final Path DRL = Path.of("src/main/resources/rules/trial/planning/TrialPlanning.drl");
    private static final Pattern CLASSIFIED = Pattern.compile("OpenCandidacyCheck\\(rule in \\(([^)]*)\\)\\)");
    private static final Pattern UNCLASSIFIED = Pattern.compile("OpenCandidacyCheck\\(rule not in \\(([^)]*)\\)\\)");

    @Test
    void theUnclassifiedRuleExcludesExactlyTheChecksTheOthersClassifyEachOnce() throws IOException {
        String drl = Files.readString(DRL);
        List<String> classified = new ArrayList<>();
        Matcher m = CLASSIFIED.matcher(drl);
        while (m.find()) {
            classified.addAll(ids(m.group(1)));
        }
        assertEquals(classified.size(), new HashSet<>(classified).size(), "a check classified twice: " + classified);
        Matcher u = UNCLASSIFIED.matcher(drl);
        assertTrue(u.find(), "TRI-PL-016's condition");
        assertEquals(Set.copyOf(classified), Set.copyOf(ids(u.group(1))));
    }

    private static List<String> ids(String list) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"(SEL-[A-Z]{2}-[0-9]{3})\"").matcher(list);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
