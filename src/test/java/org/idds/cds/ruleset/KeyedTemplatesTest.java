package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Texts keyed by pattern: a key finds its most specific pattern and fills the template with the key's values. */
class KeyedTemplatesTest {

    private static final List<String> PATTERNS = List.of(
            "maxDailyDose.{drug}",
            "maxDailyDose.fromDailyDose.{drug}",
            "schedule.volume.{drug}.{from}-{until}",
            "rate");

    @Test
    void theMostSpecificPatternWinsAndItsVariablesTakeTheKeysValues() {
        assertEquals(
                Optional.of(new KeyedTemplates.Match("maxDailyDose.{drug}", Map.of("drug", "morphine"))),
                KeyedTemplates.match("maxDailyDose.morphine", PATTERNS));
        assertEquals(
                Optional.of(new KeyedTemplates.Match("maxDailyDose.fromDailyDose.{drug}", Map.of("drug", "morphine"))),
                KeyedTemplates.match("maxDailyDose.fromDailyDose.morphine", PATTERNS));
        assertEquals(
                Map.of("drug", "hydromorphone", "from", "08:00", "until", "20:00"),
                KeyedTemplates.match("schedule.volume.hydromorphone.08:00-20:00", PATTERNS)
                        .orElseThrow()
                        .variables());
        assertEquals(Optional.empty(), KeyedTemplates.match("rates", PATTERNS));
        assertEquals(
                Map.of("drug", "a drug. with dots"),
                KeyedTemplates.match("maxDailyDose.a drug. with dots", PATTERNS)
                        .orElseThrow()
                        .variables());
    }

    @Test
    void aTemplateFillsFromTheVariablesAndNamesWhatItUses() {
        assertEquals(
                Optional.of("Volume delivered 08:00-20:00"),
                KeyedTemplates.render("Volume delivered {from}-{until}", Map.of("from", "08:00", "until", "20:00")));
        assertEquals(Optional.empty(), KeyedTemplates.render("concentration of {drug}", Map.of()));
        assertEquals(
                java.util.Set.of("figure", "verification"),
                KeyedTemplates.templateVariables("site parameter {figure} ({verification})"));
        assertEquals(List.of("drug", "from", "until"), KeyedTemplates.patternVariables("s.{drug}.{from}-{until}"));
    }

    @Test
    void anExactKeyBeatsAPatternAndATieGoesToTheFirstInFileOrder() {
        assertEquals(
                Optional.of(new KeyedTemplates.Match("dailyDose.morphine", Map.of())),
                KeyedTemplates.match("dailyDose.morphine", List.of("dailyDose.{drug}", "dailyDose.morphine")));
        // two patterns with as many literal characters: the first listed (the loaders refuse keys nothing names)
        assertEquals(
                "a.{x}.b",
                KeyedTemplates.match("a.1.b", List.of("a.{x}.b", "a.1.{y}"))
                        .orElseThrow()
                        .pattern());
    }
}
