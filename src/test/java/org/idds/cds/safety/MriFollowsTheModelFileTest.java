package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.safety.api.FollowUpCheckRequests;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * The planned-MRI rules read the model's structured {@code mri} fields, never its id: give the SynchroMed II 40 mL
 * file an "empty the reservoir" step and the emptying finding fires for it, with that step's volume as its figure
 * (by the model's own key); record its labelling as not recorded and it gets no instructions, only the request for
 * its labelling, and no drug-specific interruption (nothing says the scan stops it).
 */
class MriFollowsTheModelFileTest {

    private static final String MODEL = "device-model/synchromed-ii-40ml.json";
    private static final String SYNCHROMED_MRI = Fixtures.text("safety/mri/cases/mri-booked-with-a-synchromed-ii-stops"
            + "-the-infusion-during-the-scan-and-interrogates-the-pump-after/request.json");

    @Test
    void anEmptyingStepInTheModelFileMakesTheEmptyingFindingWithItsVolume() throws Exception {
        Ruleset ruleset = withModel("1", mri -> {
            ObjectNode step = ((ArrayNode) mri.withArray("beforeScan")).addObject();
            step.put("action", "EMPTY_RESERVOIR");
            ObjectNode volume = step.putObject("volume");
            volume.put("value", "40");
            volume.put("unit", "mL");
            volume.put("verification", "UNVERIFIED");
            volume.putArray("citations")
                    .addObject()
                    .put("source", "MEDTRONIC_MRI_GUIDELINES")
                    .put("locator", "test")
                    .put("verification", "UNVERIFIED");
            step.put("text", "Empty the reservoir (a test step).");
            step.put("verification", "UNVERIFIED");
            step.set("citations", volume.get("citations").deepCopy());
        });
        List<Object> facts = facts(ruleset);
        assertEquals(
                List.of("SAF-DS-003", "SAF-MR-001", "SAF-MR-002", "SAF-MR-003", "SAF-MR-005", "SAF-MR-006"),
                fired(ruleset, facts));
        assertTrue(
                facts.stream()
                        .filter(f -> f instanceof MriStep)
                        .flatMap(f -> ((Governed) f).governedFigures().stream())
                        .map(GovernedFigure::key)
                        .anyMatch("device.synchromed-ii-40ml.mri.empty-reservoir.volume"::equals),
                "the step's volume by the model's key");
    }

    @Test
    void aLabellingNotRecordedGivesNoInstructionsAndNoInterruption() throws Exception {
        Ruleset ruleset = withModel("2", mri -> {
            mri.removeAll();
            mri.put("labelling", "NOT_RECORDED");
            mri.put("text", "No MRI labelling recorded (a test).");
        });
        assertEquals(List.of("SAF-MR-008"), fired(ruleset, facts(ruleset)));
    }

    /** The bundled ruleset with the SynchroMed II 40 mL file's {@code mri} changed, as version 2026.12.7-mri{n}. */
    private static Ruleset withModel(String n, Consumer<ObjectNode> change) throws Exception {
        RulesetLoader loader = Knowledge.loader();
        RulesetSource bundled = loader.bundled();
        ObjectMapper json = new ObjectMapper();
        ObjectNode model = (ObjectNode) json.readTree(bundled.file(MODEL).orElseThrow());
        change.accept((ObjectNode) model.get("mri"));
        return loader.load(bundled.with(MODEL, json.writeValueAsString(model))
                .with(
                        RulesetSource.MANIFEST,
                        bundled.file(RulesetSource.MANIFEST).orElseThrow().replace("2026.12.7", "2026.12.7-mri" + n)));
    }

    private static List<Object> facts(Ruleset ruleset) {
        FollowUpCheck check =
                FollowUpCheckRequests.check(new ObjectMapper().findAndRegisterModules(), SYNCHROMED_MRI, ruleset);
        List<Object> facts = check.withParameters(ruleset.parameters(Concern.SAFETY)); // as the service gives them
        return facts;
    }

    private static List<String> fired(Ruleset ruleset, List<Object> facts) {
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);
        return engine.evaluate(ruleset.version(), Concern.SAFETY, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .sorted()
                .toList();
    }
}
