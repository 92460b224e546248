package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The full view writes an OME line's texts from ruleset data: its {@code calculation} from the template its
 * {@code text} names in selection's outcomes file ({@code omeLines}), its {@code factorLabel} and its alternative's
 * {@code label} from the governed figures of its factors. A ruleset whose outcomes file has no {@code omeLines} (one
 * archived before them) gives the view without the calculations, never an error.
 */
class FullViewOmeLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RulesetSource BUNDLED =
            org.idds.cds.support.Knowledge.loader().bundled();

    private static final String COMPACT = """
            {"format": "idds-answer/2", "kind": "CANDIDACY", "opioidLoad": {"lines": [
              {"drug": "fentanyl", "route": "subcutaneous", "dailyDose": {"value": 25, "unit": "ug/h"},
               "dailyDoseInFactorUnit": {"value": 600, "unit": "ug/d"}, "factor": 0.2,
               "figure": "ome-factor.fentanyl.subcutaneous", "oralMorphineEquivalent": {"value": 120, "unit": "mg/d"},
               "factorVerified": false, "text": "counted.sourcesDisagree", "citations": [],
               "alternative": {"factor": 0.15, "figure": "ome-factor.fentanyl.subcutaneous.alternative",
                 "oralMorphineEquivalent": {"value": 90, "unit": "mg/d"}, "factorVerified": true, "citations": []}},
              {"drug": "oxycodone", "route": "oral", "dose": {"value": 20, "unit": "mg"}, "dosesPerDay": 6,
               "dailyDose": {"value": 120, "unit": "mg/d"}, "factor": 1.5, "figure": "ome-factor.oxycodone.oral",
               "oralMorphineEquivalent": {"value": 180, "unit": "mg/d"}, "factorVerified": true, "text": "counted",
               "citations": [], "enteredAs": "OxyContin"},
              {"drug": "morphine", "route": "oral", "dailyDose": {"value": 60000, "unit": "mg/d"},
               "factorVerified": false, "text": "notCounted.aboveCeiling", "ceiling": {"value": 10000, "unit": "mg/d"},
               "citations": []}
            ]}}""";

    @Test
    void eachLineGetsItsCalculationAndItsFactorsLabelsFromRulesetData() throws Exception {
        JsonNode lines = FullView.of(JSON.readTree(COMPACT), RulesetTexts.of(BUNDLED))
                .path("opioidLoad")
                .path("lines");
        assertEquals(
                "fentanyl subcutaneous: 25 ug/h = 600 ug/d x 0.2 (ANZCA FPM 2021) = 120 mg/d OME (factor unverified);"
                        + " x 0.15 (UK palliative practice) = 90 mg/d OME: cited sources disagree, both shown",
                lines.get(0).path("calculation").asText());
        assertEquals("ANZCA FPM 2021", lines.get(0).path("factorLabel").asText());
        assertEquals(
                "UK palliative practice",
                lines.get(0).path("alternative").path("label").asText());
        assertEquals(
                "oxycodone (entered as OxyContin) oral: 20 mg x 6/d = 120 mg/d x 1.5 = 180 mg/d OME",
                lines.get(1).path("calculation").asText());
        assertFalse(lines.get(1).has("factorLabel"), "one cited factor: no label");
        assertEquals(
                "morphine oral: 60000 mg/d: above the plausibility ceiling of 10000 mg/d (likely unit error); not"
                        + " counted until the dose is corrected or confirmed (doseConfirmed)",
                lines.get(2).path("calculation").asText());
    }

    @Test
    void anOutcomesFileWithoutOmeLinesLeavesTheCalculationsOut() throws Exception {
        String outcomes = BUNDLED.file("selection/outcomes.json").orElseThrow();
        JsonNode file = JSON.readTree(outcomes);
        ((com.fasterxml.jackson.databind.node.ObjectNode) file).remove("omeLines");
        RulesetTexts texts = RulesetTexts.of(BUNDLED.with("selection/outcomes.json", JSON.writeValueAsString(file)));
        JsonNode lines =
                FullView.of(JSON.readTree(COMPACT), texts).path("opioidLoad").path("lines");
        assertEquals(3, lines.size());
        lines.forEach(l -> assertFalse(l.has("calculation"), l::toString));
        assertTrue(lines.get(0).has("factorLabel"), "the labels are the figures'");
    }

    @Test
    void aFindingNamesItsLinesByIndexAndGetsTheirCalculationsInOrder() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode compact =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(COMPACT);
        compact.put("kind", "REFERRAL_CHECK");
        compact.set("findings", JSON.readTree("[{\"id\": \"f1\", \"rule\": \"SEL-XX-001\", \"omeLines\": [2, 1]}]"));
        JsonNode full = FullView.of(compact, RulesetTexts.of(BUNDLED));
        JsonNode lines = full.path("opioidLoad").path("lines");
        JsonNode calculation = full.path("findings").get(0).path("calculation");
        assertEquals(2, calculation.size());
        assertEquals(lines.get(2).path("calculation"), calculation.get(0));
        assertEquals(lines.get(1).path("calculation"), calculation.get(1));
    }

    @Test
    void aPrescriptionChecksSystemicLinesGetTheirCalculationsAsAnOpioidLoadsDo() throws Exception {
        JsonNode load = JSON.readTree(COMPACT).path("opioidLoad");
        String check = "{\"format\": \"idds-answer/2\", \"kind\": \"PRESCRIPTION_CHECK\", \"systemicOpioids\":"
                + " {\"totalOralMorphineEquivalent\": 300, \"unit\": \"mg/d\", \"complete\": false, \"lines\": "
                + load.path("lines") + "}}";
        JsonNode systemic =
                FullView.of(JSON.readTree(check), RulesetTexts.of(BUNDLED)).path("systemicOpioids");
        JsonNode lines = FullView.of(JSON.readTree(COMPACT), RulesetTexts.of(BUNDLED))
                .path("opioidLoad")
                .path("lines");
        assertEquals(3, systemic.path("calculation").size());
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    lines.get(i).path("calculation"),
                    systemic.path("calculation").get(i));
        }
    }

    @Test
    void aTotalWhereCitedFactorsDisagreeReadsWithSelectionsFactNote() throws Exception {
        String answer = "{\"format\": \"idds-answer/2\", \"kind\": \"MDT_CASE\", \"facts\":"
                + " {\"medications.oralMorphineEquivalent\": {\"value\": \"180\", \"unit\": \"mg/d\","
                + " \"note\": \"omeTotal.factorsDisagree\", \"noteArgs\": {\"alternativeTotal\": \"225\","
                + " \"factorLabels\": \"CDC 2022\", \"alternativeLabels\": \"ANZCA FPM 2021\","
                + " \"notCounted\": \"methadone oral\"}}}}";
        JsonNode fact = FullView.of(JSON.readTree(answer), RulesetTexts.of(BUNDLED))
                .path("facts")
                .path("medications.oralMorphineEquivalent");
        assertEquals(
                "180 by the CDC 2022 factors, 225 by the ANZCA FPM 2021 factors (cited sources disagree; both shown)"
                        + " (lower bound: not counted: methadone oral)",
                fact.path("text").asText());
        assertEquals("180", fact.path("value").asText());
    }
}
