package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idds.cds.clinical.trial.CitedThreshold;
import org.idds.cds.clinical.trial.ObservationPolicy;
import org.idds.cds.clinical.trial.RecordItem;
import org.idds.cds.clinical.trial.TrialDrug;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.kernel.Verification;
import org.junit.jupiter.api.Test;

/**
 * The trial protocols as typed, governed data (issue 18, item 1): four protocols, each with its drugs, observation
 * (stricter by default), monitoring, readiness, systemic-opioid handling, what to record and success criteria; dose
 * ranges, systemic opioids and success thresholds are cited with no default, and a file that gives one as a default,
 * or a figure without a citation, stops the start naming the file and the field.
 */
class TrialProtocolsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MORPHINE = "trial-protocols/single-bolus-morphine-trial.json";
    private static final String ZICONOTIDE = "trial-protocols/single-bolus-ziconotide-trial.json";
    private static final String CONTINUOUS = "trial-protocols/continuous-infusion-trial.json";

    private final RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();

    private Map<String, TrialProtocol> protocols() {
        return loader.load(bundled).trialProtocols().stream()
                .collect(Collectors.toMap(TrialProtocol::id, Function.identity()));
    }

    @Test
    void theBundledRulesetHasOneProtocolPerMethodAndDrug() {
        Map<String, TrialProtocol> all = protocols();
        assertEquals(
                Map.of(
                        "single-bolus-morphine-trial", TrialMethod.SINGLE_BOLUS,
                        "single-bolus-ziconotide-trial", TrialMethod.SINGLE_BOLUS,
                        "repeated-bolus-morphine-trial", TrialMethod.REPEATED_BOLUS,
                        "continuous-infusion-trial", TrialMethod.CONTINUOUS_INFUSION),
                all.values().stream().collect(Collectors.toMap(TrialProtocol::id, TrialProtocol::method)));
        for (TrialProtocol p : all.values()) {
            assertFalse(p.monitoring().isEmpty(), p.id() + " monitoring");
            assertFalse(p.readiness().isEmpty(), p.id() + " readiness");
            assertTrue(p.systemicOpioids().isPresent(), p.id() + " systemic opioids");
            assertFalse(p.systemicOpioids().orElseThrow().noDefault().isBlank(), p.id());
            assertEquals(
                    List.of(
                            RecordItem.Kind.PAIN_SCORE,
                            RecordItem.Kind.DURATION_OF_RELIEF,
                            RecordItem.Kind.FUNCTION,
                            RecordItem.Kind.ADVERSE_EFFECTS,
                            RecordItem.Kind.RESCUE_MEDICATION),
                    p.record().stream().map(RecordItem::what).toList(),
                    p.id());
            for (TrialDrug d : p.drugs()) {
                assertFalse(d.dose().noDefault().isBlank(), p.id() + " " + d.drug());
            }
            assertFalse(p.successCriteria().noDefault().isBlank(), p.id());
            assertFalse(p.allCitations().isEmpty(), p.id());
        }
    }

    @Test
    void successCriteriaAreCitedFiguresWithNoDefaultAndSmithIsAnOutcomeMeasure() {
        for (TrialProtocol p : protocols().values()) {
            Map<String, CitedThreshold> byLabel = p.successCriteria().cited().stream()
                    .collect(Collectors.toMap(
                            t -> t.label().substring(0, t.label().indexOf(':')), t -> t));
            CitedThreshold payers = byLabel.get("US payers");
            assertEquals(CitedThreshold.Comparison.MORE_THAN, payers.comparison());
            assertEquals(new BigDecimal("50"), payers.figure().value());
            CitedThreshold pacc = byLabel.get("PACC 2017");
            assertEquals(CitedThreshold.Comparison.AT_LEAST, pacc.comparison());
            assertEquals(List.of("functional improvement", "tolerable adverse effects"), pacc.alsoRequires());
            CitedThreshold smith = byLabel.get("Smith 2002");
            assertEquals(new BigDecimal("20"), smith.figure().value());
            assertEquals(CitedThreshold.Use.RANDOMISED_TRIAL_OUTCOME_MEASURE, smith.use());
            assertTrue(smith.label().contains("not a trial success criterion"), smith.label());
        }
    }

    @Test
    void aSingleShotOpioidTrialObservesTheLabels24HoursByDefaultWithPacc6HoursBesideIt() {
        TrialProtocol morphine = protocols().get("single-bolus-morphine-trial");
        ObservationPolicy byDefault = morphine.observation().byDefault();
        assertEquals("label-24h", byDefault.id());
        assertEquals(ObservationPolicy.Setting.INPATIENT, byDefault.setting());
        assertEquals(new BigDecimal("24"), byDefault.minimumDuration().value());
        assertEquals("h", byDefault.minimumDuration().unit());
        assertEquals(Verification.VERIFIED, byDefault.minimumDuration().verification());
        assertTrue(byDefault.minimumDuration().citations().stream()
                .anyMatch(c -> c.sourceKey().equals("DURAMORPH_LABEL") && c.verification() == Verification.VERIFIED));
        ObservationPolicy pacc = morphine.observation().policies().get(1);
        assertEquals(new BigDecimal("6"), pacc.minimumDuration().value());
        assertEquals(ObservationPolicy.Setting.OUTPATIENT_OR_INPATIENT, pacc.setting());
        assertTrue(morphine.readiness().stream().anyMatch(s -> s.text().contains("naloxone")));
        assertTrue(morphine.drugs().get(0).product().orElseThrow().text().contains("Duramorph"));
    }

    @Test
    void theZiconotideTrialIsOffLabelAndScreensForPsychosisFirst() {
        TrialProtocol ziconotide = protocols().get("single-bolus-ziconotide-trial");
        assertEquals("ziconotide", ziconotide.drugs().get(0).drug());
        assertTrue(ziconotide.drugs().get(0).offLabel().isPresent());
        assertTrue(ziconotide.prerequisites().get(0).text().contains("psychosis"));
    }

    @Test
    void theCatheterTrialIsInpatientWithAnOpioidAndAnOptionalLocalAnaesthetic() {
        TrialProtocol continuous = protocols().get("continuous-infusion-trial");
        assertEquals(
                ObservationPolicy.Setting.INPATIENT,
                continuous.observation().byDefault().setting());
        assertEquals(List.of("intrathecal", "epidural"), continuous.routes());
        assertEquals(
                List.of("morphine", "bupivacaine"),
                continuous.drugs().stream().map(TrialDrug::drug).toList());
        assertFalse(continuous.drugs().get(0).optional());
        assertTrue(continuous.drugs().get(1).optional());
    }

    @Test
    void aSuccessThresholdGivenAsADefaultIsRefusedNamingTheFileAndField() {
        assertProblem(
                MORPHINE,
                root -> ((ObjectNode) root.path("successCriteria"))
                        .set(
                                "atLeast",
                                ((ObjectNode) root.path("successCriteria")
                                                .path("cited")
                                                .get(1))
                                        .get("figure")),
                MORPHINE + " $.successCriteria: a success threshold is site policy (decision 0008) and has no default"
                        + " here");
    }

    @Test
    void theFormerSuccessCriteriaListWithAnAtLeastDefaultIsRefused() {
        assertProblem(
                MORPHINE,
                root -> {
                    ArrayNode old = JSON.createArrayNode();
                    old.addObject()
                            .put("measure", "PAIN_INTENSITY_REDUCTION")
                            .set(
                                    "atLeast",
                                    root.path("successCriteria")
                                            .path("cited")
                                            .get(1)
                                            .path("figure"));
                    ((ObjectNode) root).set("successCriteria", old);
                },
                MORPHINE + " $.successCriteria: a success threshold is site policy");
    }

    @Test
    void aDoseRangeGivenAsADefaultIsRefusedNamingTheFileAndField() {
        assertProblem(
                MORPHINE,
                root -> ((ObjectNode) root.path("drugs").get(0).path("dose"))
                        .set(
                                "default",
                                root.path("drugs")
                                        .get(0)
                                        .path("dose")
                                        .path("cited")
                                        .get(0)),
                MORPHINE + " $.drugs[0].dose: a dose range is site policy (decision 0008) and has no default here");
        assertProblem(
                MORPHINE,
                root -> ((ObjectNode) root)
                        .set(
                                "bolusDose",
                                root.path("drugs")
                                        .get(0)
                                        .path("dose")
                                        .path("cited")
                                        .get(0)),
                MORPHINE + " $.bolusDose: a dose range is site policy");
    }

    @Test
    void theSystemicOpioidHandlingGivenAsADefaultIsRefusedNamingTheFileAndField() {
        assertProblem(
                ZICONOTIDE,
                root -> ((ObjectNode) root.path("systemicOpioids")).put("default", "stop them"),
                ZICONOTIDE + " $.systemicOpioids: the handling of systemic opioids is site policy");
    }

    @Test
    void aDoseWithoutACitationIsRefusedNamingTheFileAndField() {
        assertProblem(
                MORPHINE,
                root -> ((ObjectNode) root.path("drugs")
                                .get(0)
                                .path("dose")
                                .path("cited")
                                .get(0)
                                .path("min"))
                        .putArray("citations"),
                MORPHINE + " $.drugs[0].dose.cited[0].min: a figure without a citation");
    }

    @Test
    void aFigureWithoutACitationAnywhereIsRefusedNamingTheFileAndField() {
        assertProblem(
                CONTINUOUS,
                root -> ((ObjectNode) root.path("successCriteria")
                                .path("cited")
                                .get(0)
                                .path("figure"))
                        .remove("citations"),
                CONTINUOUS + " $.successCriteria.cited[0].figure: a figure without a citation");
    }

    @Test
    void aDefaultObservationPolicyThatIsNotTheStrictestIsRefused() {
        assertProblem(
                MORPHINE,
                root -> ((ObjectNode) root.path("observation")).put("defaultPolicy", "pacc2016-6h"),
                MORPHINE + " $.observation.defaultPolicy: pacc2016-6h is not the strictest policy (label-24h observes"
                        + " longer)");
    }

    @Test
    void aDoseRangeWhoseMinimumIsAboveItsMaximumIsRefused() {
        assertProblem(
                MORPHINE,
                root -> ((ObjectNode) root.path("drugs")
                                .get(0)
                                .path("dose")
                                .path("cited")
                                .get(0)
                                .path("min"))
                        .put("value", "5"),
                MORPHINE + " morphine PACC 2017 trial bolus, morphine: min is above max");
    }

    @Test
    void theArchivedFormat4ProtocolStillLoadsWithItsThresholdReadAsACitedFigure() {
        TrialProtocol archived =
                loader.load(loader.archived("2026.12.5")).trialProtocols().get(0);
        assertEquals("single-bolus-trial", archived.id());
        assertEquals(TrialMethod.SINGLE_BOLUS, archived.method());
        assertEquals("morphine", archived.drugs().get(0).drug());
        assertEquals(
                TrialProtocols.ARCHIVED_NO_DEFAULT, archived.successCriteria().noDefault());
        assertEquals(
                new BigDecimal("50"),
                archived.successCriteria().cited().get(0).figure().value());
        assertEquals("label-24h", archived.observation().defaultPolicy());
        assertTrue(archived.systemicOpioids().isEmpty());
    }

    private void assertProblem(String file, Consumer<JsonNode> edit, String expected) {
        RulesetSource edited;
        try {
            JsonNode root = JSON.readTree(bundled.file(file).orElseThrow());
            edit.accept(root);
            edited = bundled.with(file, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InvalidRulesetException e = assertThrows(InvalidRulesetException.class, () -> loader.load(edited));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)), e.getMessage());
    }
}
