package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.device.DeviceCapabilities;
import org.idds.cds.device.DeviceCapabilities.DeviceNote;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.MriInstructions;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Verification;
import org.junit.jupiter.api.Test;

/**
 * Device models, trial protocols and selection's outcomes file are ruleset content (issue 6, item 3): listed in the
 * manifest, covered by the content hash, validated at load, and a bad file is refused with the file and field named.
 */
class RulesetContentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEVICE = "device-model/synchromed-ii-40ml.json";
    private static final String PROMETRA = "device-model/prometra-ii-40ml.json";
    private static final String EXTERNAL = "device-model/external-intrathecal-system.json";
    private static final String TRIAL = "trial-protocols/single-bolus-morphine-trial.json";
    private static final String OUTCOMES = "selection/outcomes.json";

    private final RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();

    @Test
    void theBundledRulesetCarriesTheDeviceModelTheTrialProtocolAndTheOutcomesFile() {
        assertTrue(bundled.file(DEVICE).isPresent(), "the bundled source (hence the hash) holds " + DEVICE);
        assertTrue(bundled.file(TRIAL).isPresent(), "the bundled source (hence the hash) holds " + TRIAL);
        assertTrue(bundled.file(OUTCOMES).isPresent(), "the bundled source (hence the hash) holds " + OUTCOMES);
        Ruleset ruleset = loader.load(bundled);

        DeviceModel pump = device(ruleset, "synchromed-ii-40ml");
        assertEquals(new BigDecimal("40"), pump.reservoirVolume().orElseThrow().value());
        assertEquals("mL", pump.reservoirVolume().orElseThrow().unit());
        assertEquals(
                new BigDecimal("0.048"), pump.flowRate().orElseThrow().min().value());
        assertEquals("mL/d", pump.flowRate().orElseThrow().min().unit());
        assertEquals(Verification.VERIFIED, pump.flowRate().orElseThrow().min().verification());
        assertEquals(
                Verification.UNVERIFIED, pump.reservoirVolume().orElseThrow().verification());
        assertEquals(
                "PRIALT_HCP",
                pump.flowRate().orElseThrow().min().citations().get(0).sourceKey());

        TrialProtocol trial = ruleset.trialProtocols().get(0);
        assertEquals("single-bolus-morphine-trial", trial.id());
        assertEquals("label-24h", trial.observation().defaultPolicy());
        assertTrue(trial.citations().stream().anyMatch(c -> c.sourceKey().equals("DURAMORPH_LABEL")));

        assertEquals(OUTCOMES, ruleset.outcomes(Concern.SELECTION).orElseThrow().path());
    }

    /**
     * Drools names the files it generates after the rule names (the titles): a very long title broke a build with an
     * unrelated error, so every title of the bundled ruleset is at most {@value #MAX_TITLE} characters.
     */
    @Test
    void everyRuleTitleIsAtMost200Characters() {
        List<String> offenders = loader.load(bundled).rules().values().stream()
                .filter(r -> r.title().length() > MAX_TITLE)
                .map(r -> r.id() + " (" + r.title().length() + " characters)")
                .sorted()
                .toList();
        assertTrue(offenders.isEmpty(), "rule titles longer than " + MAX_TITLE + " characters: " + offenders);
    }

    private static final int MAX_TITLE = 200;

    @Test
    void everyFileInTheDeviceAndTrialFoldersIsListedInTheManifest() throws IOException {
        for (String folder : List.of("device-model", "trial-protocols")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> p.toString().endsWith(".json"))
                        .map(p -> folder + "/" + p.getFileName())
                        .forEach(p -> assertTrue(bundled.file(p).isPresent(), p + " is not listed in ruleset.json"));
            }
        }
    }

    @Test
    void aDeviceFigureCitingAnUnknownSourceIsRefusedNamingTheFileAndField() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode)
                                root.path("reservoirVolume").path("citations").get(0))
                        .put("source", "NO_SUCH_SOURCE"),
                DEVICE + " $.reservoirVolume.citations[0].source: cites NO_SUCH_SOURCE, which is not in the evidence"
                        + " catalogue");
    }

    @Test
    void aDeviceFigureWithoutASourceIsRefusedNamingTheFileAndField() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("flowRate").path("max")).putArray("citations"),
                DEVICE + " $.flowRate.max.citations: must have at least 1 items");
    }

    @Test
    void aDeviceModelWithoutItsOwnSourcesIsRefusedNamingTheFile() {
        assertProblem(DEVICE, root -> ((ObjectNode) root).remove("citations"), DEVICE + " $: required property");
    }

    @Test
    void aDeviceModelWhoseIdIsNotItsFileNameIsRefused() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root).put("id", "synchromed-ii-20ml"),
                DEVICE + " $.id: synchromed-ii-20ml is not the file name without .json");
    }

    @Test
    void aSourceCitedOnlyByADeviceModelOrTrialProtocolCountsAsUsed() {
        String external = "device-model/external-intrathecal-system.json";
        Ruleset ruleset = loader.load(bundled);
        assertTrue(ruleset.source("APRILI2009").isPresent());
        assertTrue(ruleset.source("DURAMORPH_LABEL").isPresent());
        // Without the external-system model, the source only it cites is a loose end again.
        String manifest = bundled.file(RulesetSource.MANIFEST).orElseThrow().replace(",\n    \"" + external + "\"", "");
        assertRejected(
                bundled.with(RulesetSource.MANIFEST, manifest).without(external),
                "source APRILI2009 is cited by no rule, parameter or drug figure, device model,");
    }

    @Test
    void aTrialProtocolWhoseDefaultPolicyIsNotOneOfItsPoliciesIsRefusedNamingTheFileAndField() {
        assertProblem(
                TRIAL,
                root -> ((ObjectNode) root.path("observation")).put("defaultPolicy", "label-48h"),
                TRIAL + " $.observation.defaultPolicy: label-48h is not one of the protocol's policies");
    }

    @Test
    void aTrialProtocolCitingAnUnknownSourceIsRefusedNamingTheFileAndField() {
        assertProblem(
                TRIAL,
                root -> ((ObjectNode) root.path("observation")
                                .path("policies")
                                .get(1)
                                .path("minimumDuration")
                                .path("citations")
                                .get(0))
                        .put("source", "PACC2016"),
                TRIAL + " $.observation.policies[1].minimumDuration.citations[0].source: cites PACC2016, which is not"
                        + " in the evidence catalogue");
    }

    @Test
    void aTrialProtocolForADrugOutsideTheCatalogueIsRefused() {
        assertProblem(
                TRIAL,
                root -> ((ObjectNode) root.path("drugs").get(0)).put("drug", "unobtainium"),
                TRIAL + " $.drugs[0].drug: unobtainium");
    }

    @Test
    void aListedFileThatIsMissingIsRefused() {
        String manifest =
                bundled.file(RulesetSource.MANIFEST).orElseThrow().replace(DEVICE, "device-model/no-such-pump.json");
        assertRejected(
                bundled.with(RulesetSource.MANIFEST, manifest).without(DEVICE),
                "ruleset.json lists device-model/no-such-pump.json but the ruleset has no such file");
    }

    @Test
    void changingOneDeviceFigureChangesTheContentHash() {
        Ruleset before = loader.load(bundled);
        Ruleset after = loader.load(
                edited(DEVICE, root -> ((ObjectNode) root.path("lowReservoirAlarmDefault")).put("value", "4")));
        assertNotEquals(before.contentHash(), after.contentHash());
        assertEquals(
                new BigDecimal("4"),
                device(after, "synchromed-ii-40ml")
                        .lowReservoirAlarmDefault()
                        .orElseThrow()
                        .value());
    }

    @Test
    void changingOneVerdictTextChangesTheContentHash() {
        Ruleset before = loader.load(bundled);
        Ruleset after = loader.load(edited(
                OUTCOMES,
                root -> ((ObjectNode) root.path("verdictSummaries").path("CANDIDATE"))
                        .put("text", "Candidate for an intrathecal pump{devicePhrase}.")));
        assertNotEquals(before.contentHash(), after.contentHash());
        assertTrue(after.outcomes(Concern.SELECTION).orElseThrow().content().contains("Candidate for an intrathecal"));
    }

    @Test
    void anOutcomesTableThatLeavesAnEffectSetUnmatchedIsRefusedNamingTheFile() {
        // Without the last row ({} -> CANDIDATE), a case with only a met criterion would have no verdict.
        assertProblem(
                OUTCOMES,
                root -> {
                    ArrayNode rows = (ArrayNode) root.path("verdictPolicy");
                    rows.remove(rows.size() - 1);
                },
                OUTCOMES + " $.verdictPolicy: no row matches");
    }

    @Test
    void aReferralTableThatLeavesAVerdictUnmatchedIsRefusedNamingTheFile() {
        assertProblem(
                OUTCOMES,
                root -> ((ArrayNode) root.path("referralPolicy")).remove(4),
                OUTCOMES + " $.referralPolicy: no row matches verdict INSUFFICIENT_INFORMATION with pleaseProvideEmpty"
                        + " true");
    }

    @Test
    void anOutcomesFileWithAMisspeltKeyIsRefusedByItsSchemaNamingTheFile() {
        assertProblem(
                OUTCOMES,
                root -> ((ObjectNode) root.path("verdictSummaries").path("DEFER")).put("txt", "typo"),
                OUTCOMES + " $.verdictSummaries.DEFER");
    }

    @Test
    void aNewRulesetWithoutAnOutcomesFileIsRefused() {
        String manifest = bundled.file(RulesetSource.MANIFEST)
                .orElseThrow()
                .replace("\"version\": \"" + loader.load(bundled).version() + "\"", "\"version\": \"2099.1.0\"")
                .replace("\"SELECTION\": \"" + OUTCOMES + "\", ", "");
        assertFalse(manifest.contains("\"SELECTION\": \""), "the edit must apply");
        assertRejected(
                bundled.with(RulesetSource.MANIFEST, manifest).without(OUTCOMES),
                "lists no outcomes file for SELECTION");
    }

    @Test
    void theDeviceModelsCarryTheirCapabilitiesWithProvenance() {
        Ruleset ruleset = loader.load(bundled);
        assertEquals(
                List.of(
                        "synchromed-ii-20ml",
                        "synchromed-ii-40ml",
                        "prometra-ii-20ml",
                        "prometra-ii-40ml",
                        "external-intrathecal-system"),
                ruleset.deviceModels().stream().map(DeviceModel::id).toList());

        DeviceModel synchromed20 = device(ruleset, "synchromed-ii-20ml");
        assertEquals(
                0,
                new BigDecimal("20")
                        .compareTo(synchromed20.reservoirVolume().orElseThrow().value()));
        DeviceCapabilities sm = synchromed20.capabilities();
        assertEquals(DeviceCapabilities.Kind.IMPLANTED_PROGRAMMABLE_PUMP, sm.kind());
        assertEquals(new BigDecimal("0.145"), sm.flowAccuracy().orElseThrow().value());
        assertEquals("1", sm.flowAccuracy().orElseThrow().unit(), "a fraction, never %");
        assertEquals(Verification.UNVERIFIED, sm.flowAccuracy().orElseThrow().verification());
        assertEquals(List.of("morphine", "ziconotide", "baclofen"), sm.labelledDrugs());
        assertTrue(synchromed20.labels("ziconotide"));
        assertFalse(synchromed20.labels("hydromorphone"), "hydromorphone is off-label in a SynchroMed II");
        // on label is drug, strength and indication together: Infumorph up to 25 mg/mL for pain; baclofen for
        // spasticity only; Prialt up to 100 ug/mL for pain
        DeviceCapabilities.LabelledDrug morphine = sm.labellingOf("morphine").orElseThrow();
        assertEquals(
                new BigDecimal("25"), morphine.maxConcentration().orElseThrow().value());
        assertEquals("mg/mL", morphine.maxConcentration().orElseThrow().unit());
        assertEquals(
                Verification.VERIFIED, morphine.maxConcentration().orElseThrow().verification());
        assertTrue(morphine.labelledFor(DeviceCapabilities.Indication.PAIN));
        assertFalse(sm.labellingOf("baclofen").orElseThrow().labelledFor(DeviceCapabilities.Indication.PAIN));
        assertEquals(
                new BigDecimal("100"),
                sm.labellingOf("ziconotide")
                        .orElseThrow()
                        .maxConcentration()
                        .orElseThrow()
                        .value());
        assertTrue(
                synchromed20.allCitations().stream().anyMatch(c -> c.sourceKey().equals("INFUMORPH_LABEL")));
        DeviceNote ziconotide = sm.notes().stream()
                .filter(n -> n.topic().equals("labelled-drugs") && n.text().contains("Prialt"))
                .findFirst()
                .orElseThrow();
        assertEquals(Verification.VERIFIED, ziconotide.verification());
        assertEquals("PRIALT_US_LABEL", ziconotide.citations().get(0).sourceKey());
        DeviceNote motorStall = sm.notes().stream()
                .filter(n -> n.topic().equals("off-label-drugs"))
                .findFirst()
                .orElseThrow();
        assertTrue(motorStall.text().contains("91.1 %"), motorStall.text());
        assertTrue(motorStall.citations().stream().anyMatch(c -> c.sourceKey().equals("MEDTRONIC_SYNCHROMED_HCP")));
        assertTrue(sm.patientBolus().orElseThrow().available());
        assertTrue(sm.patientBolus().orElseThrow().mostPerDay().isEmpty(), "no source gives the myPTM limits");
        assertEquals(DeviceCapabilities.RefillDateRule.NOT_STATED, sm.refillDateRule());
        assertTrue(sm.lowReservoirAlarmRange().isEmpty(), "no source gives the allowed alarm range");

        DeviceCapabilities prometra = device(ruleset, "prometra-ii-40ml").capabilities();
        assertEquals(DeviceCapabilities.RefillDateRule.REFILL_VOLUME_WITH_ALL_BOLUSES, prometra.refillDateRule());
        assertEquals(
                new BigDecimal("3.0"), prometra.refillDateVolume().orElseThrow().value());
        assertEquals("mL", prometra.refillDateVolume().orElseThrow().unit());
        assertEquals(
                Verification.UNVERIFIED,
                prometra.refillDateVolume().orElseThrow().verification());
        assertEquals(List.of("morphine"), prometra.labelledDrugs());
        assertTrue(
                prometra.notes().stream().noneMatch(n -> n.topic().equals("mri")),
                "MRI is the structured mri, no longer a note");

        DeviceModel external = device(ruleset, "external-intrathecal-system");
        assertEquals(
                DeviceCapabilities.Kind.EXTERNALISED_SYSTEM,
                external.capabilities().kind());
        assertTrue(external.reservoirVolume().isEmpty(), "the external pump's reservoir is not recorded");
        assertTrue(external.allCitations().stream().anyMatch(c -> c.sourceKey().equals("APRILI2009")));
    }

    @Test
    void aFlowAccuracyInPercentIsRefusedBecausePercentIsHbA1c() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("flowAccuracy")).put("unit", "%"),
                DEVICE + " $.flowAccuracy.unit");
    }

    @Test
    void aFlowAccuracyThatIsNotAFractionIsRefused() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("flowAccuracy")).put("value", "14.5"),
                DEVICE + " $.flowAccuracy: 14.5 is not a fraction between 0 and 1");
    }

    @Test
    void aLabelledDrugOutsideTheCatalogueIsRefusedNamingTheFileAndField() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("labelledDrugs").get(2)).put("drug", "unobtainium"),
                DEVICE + " $.labelledDrugs[2].drug: unobtainium is not a generic name in the drug catalogue");
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("labelledDrugs").get(2)).put("drug", "oxycodone"),
                DEVICE + " $.labelledDrugs[2].drug: oxycodone has no intrathecal route in the drug catalogue");
    }

    @Test
    void aLabelledStrengthInTheWrongUnitOrAnUnknownIndicationIsRefused() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("labelledDrugs").get(0).path("maxConcentration")).put("unit", "mg/d"),
                DEVICE + " $.labelledDrugs[0].maxConcentration.unit");
        assertProblem(
                DEVICE,
                root -> ((ArrayNode) root.path("labelledDrugs").get(0).path("indications")).add("ANXIETY"),
                DEVICE + " $.labelledDrugs[0].indications[1]");
    }

    @Test
    void aDeviceNoteWithoutASourceIsRefusedNamingTheFileAndField() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("notes").get(0)).putArray("citations"),
                DEVICE + " $.notes[0].citations: must have at least 1 items");
    }

    @Test
    void aRefillVolumeRuleWithoutItsVolumeIsRefused() {
        assertProblem(
                PROMETRA,
                root -> ((ObjectNode) root.path("refillDate")).remove("volume"),
                PROMETRA + " $.refillDate: required property 'volume' not found");
    }

    @Test
    void anAlarmSettingAtOrAboveTheReservoirVolumeIsRefused() {
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("lowReservoirAlarmDefault")).put("value", "40"),
                DEVICE + " $.lowReservoirAlarmDefault: 40 mL is not below the reservoir volume of 40 mL");
    }

    @Test
    void eachPumpCarriesItsMriInstructionsAsStructuredFieldsWithTheirSources() {
        Ruleset ruleset = loader.load(bundled);

        // Prometra II: 1.5 T only, at most 2,000 G/cm, empty the reservoir first (both read), the valve closes during
        // the scan and is reset after, the drug by another route meanwhile (unverified)
        MriInstructions prometra = device(ruleset, "prometra-ii-40ml").mri().orElseThrow();
        assertTrue(prometra.hasInstructions());
        assertEquals(
                MriInstructions.Allowed.EXACTLY,
                prometra.fieldStrength().orElseThrow().allowed());
        DeviceFigure tesla = prometra.fieldStrength().orElseThrow().strength();
        assertEquals(new BigDecimal("1.5"), tesla.value());
        assertEquals("T", tesla.unit());
        assertEquals(Verification.VERIFIED, tesla.verification());
        assertEquals("PROMETRA_II_IFU", tesla.citations().get(0).sourceKey());
        assertEquals(
                new BigDecimal("2000"),
                prometra.spatialGradientMax().orElseThrow().value());
        assertEquals("G/cm", prometra.spatialGradientMax().orElseThrow().unit());
        MriInstructions.Step empty = prometra.beforeScan().get(0);
        assertEquals(MriInstructions.Action.EMPTY_RESERVOIR, empty.action());
        assertEquals(Verification.VERIFIED, empty.verification());
        assertEquals(new BigDecimal("40"), empty.volume().orElseThrow().value());
        assertEquals("PROMETRA_MRI_SAFETY_2020", empty.citations().get(0).sourceKey());
        assertEquals(
                List.of(MriInstructions.Action.VALVE_CLOSES),
                prometra.duringScan().stream().map(MriInstructions.Step::action).toList());
        assertTrue(prometra.has(MriInstructions.Action.RESET_VALVE));
        assertTrue(prometra.has(MriInstructions.Action.RESTORE_THERAPY));
        assertEquals(
                Verification.UNVERIFIED,
                prometra.alternativeRoute().orElseThrow().verification());
        assertTrue(prometra.woundHealedFirst().isPresent());
        assertTrue(prometra.emergencyScan().orElseThrow().text().contains("10 uL"));
        // no item gains VERIFIED beyond the notes it replaced: only the field strength, gradient and emptying were read
        assertEquals(
                List.of(MriInstructions.Action.EMPTY_RESERVOIR),
                prometra.steps().stream()
                        .filter(s -> s.verification() == Verification.VERIFIED)
                        .map(MriInstructions.Step::action)
                        .toList());

        // SynchroMed II: up to 3 T, infusion stops during the scan, interrogate after (all unverified)
        DeviceModel synchromed = device(ruleset, "synchromed-ii-20ml");
        MriInstructions sm = synchromed.mri().orElseThrow();
        assertEquals(
                MriInstructions.Allowed.UP_TO, sm.fieldStrength().orElseThrow().allowed());
        assertEquals(
                new BigDecimal("3"), sm.fieldStrength().orElseThrow().strength().value());
        assertEquals(
                Verification.UNVERIFIED,
                sm.fieldStrength().orElseThrow().strength().verification());
        assertEquals(
                List.of(MriInstructions.Action.INFUSION_STOPS),
                sm.duringScan().stream().map(MriInstructions.Step::action).toList());
        assertTrue(sm.has(MriInstructions.Action.INTERROGATE_PUMP));
        assertFalse(sm.has(MriInstructions.Action.EMPTY_RESERVOIR));
        assertTrue(sm.alternativeRoute().orElseThrow().text().contains("another route"));
        assertTrue(sm.steps().stream().allMatch(s -> s.verification() == Verification.UNVERIFIED));
        assertTrue(
                synchromed.allCitations().stream().anyMatch(c -> c.sourceKey().equals("TGA_SYNCHROMED_MRI")));
        assertTrue(synchromed.capabilities().notes().stream()
                .noneMatch(n -> n.topic().equals("mri")));

        // the external system: no MRI labelling read, so no instructions
        MriInstructions external =
                device(ruleset, "external-intrathecal-system").mri().orElseThrow();
        assertEquals(MriInstructions.Labelling.NOT_RECORDED, external.labelling());
        assertFalse(external.hasInstructions());
        assertTrue(external.steps().isEmpty());
        assertTrue(external.fieldStrength().isEmpty());
        assertTrue(external.alternativeRoute().isEmpty());
    }

    @Test
    void theNonAspirableVolumeIsRecordedWhereASourceGivesItAndUnverifiedAsRecalled() {
        Ruleset ruleset = loader.load(bundled);
        for (String id : List.of("synchromed-ii-20ml", "synchromed-ii-40ml")) {
            DeviceFigure kept = device(ruleset, id).nonAspirableVolume().orElseThrow();
            assertEquals(new BigDecimal("2.4"), kept.value());
            assertEquals("mL", kept.unit());
            assertEquals(Verification.UNVERIFIED, kept.verification(), "recalled from Rudich 2004, not read");
            assertEquals("RUDICH2004", kept.citations().get(0).sourceKey());
            assertTrue(device(ruleset, id).figures().contains(kept));
        }
        for (String id : List.of("prometra-ii-20ml", "prometra-ii-40ml", "external-intrathecal-system")) {
            assertTrue(device(ruleset, id).nonAspirableVolume().isEmpty(), id + ": no source gives it");
        }
    }

    @Test
    void aFormat4DeviceModelRefusesAnMriNoteAndNeedsItsMriFields() {
        assertProblem(
                DEVICE,
                root -> ((ArrayNode) root.path("notes"))
                        .addObject()
                        .put("topic", "mri")
                        .put("text", "MR Conditional.")
                        .put("verification", "UNVERIFIED")
                        .set("citations", root.path("citations").deepCopy()),
                DEVICE + " $.notes[12].topic");
        assertProblem(DEVICE, root -> ((ObjectNode) root).remove("mri"), DEVICE + " $: required property 'mri'");
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("mri")).remove("alternativeRoute"),
                DEVICE + " $.mri: required property 'alternativeRoute'");
        assertProblem(
                EXTERNAL,
                root -> ((ObjectNode) root.path("mri"))
                        .set("afterScan", root.path("mri").path("afterScan").deepCopy()),
                EXTERNAL + " $.mri");
        assertProblem(
                PROMETRA,
                root -> ((ObjectNode) root.path("mri").path("beforeScan").get(0)).remove("volume"),
                PROMETRA + " $.mri.beforeScan[0]: required property 'volume'");
        assertProblem(
                PROMETRA,
                root -> ((ObjectNode) root.path("mri").path("beforeScan").get(0).path("volume")).put("value", "41"),
                PROMETRA + " $.mri.beforeScan[0].volume: 41 mL is above the reservoir volume of 40 mL");
        assertProblem(
                PROMETRA,
                root -> ((ObjectNode) root.path("mri").path("fieldStrength")).put("unit", "mT"),
                PROMETRA + " $.mri.fieldStrength.unit");
        assertProblem(
                PROMETRA,
                root -> ((ObjectNode) root.path("mri")
                                .path("hazard")
                                .path("citations")
                                .get(0))
                        .put("source", "NO_SUCH_SOURCE"),
                PROMETRA + " $.mri.hazard.citations[0].source: cites NO_SUCH_SOURCE");
        assertProblem(
                DEVICE,
                root -> ((ObjectNode) root.path("nonAspirableVolume")).put("value", "40"),
                DEVICE + " $.nonAspirableVolume: 40 mL is not below the reservoir volume of 40 mL");
    }

    @Test
    void anArchivedFormat3RulesetKeepsItsMriNotesAgainstItsFrozenSchemas() {
        Ruleset archived = loader.load(loader.archived("2026.12.4"));
        DeviceModel prometra = device(archived, "prometra-ii-40ml");
        assertTrue(prometra.mri().isEmpty(), "format 3 has no structured MRI");
        assertTrue(prometra.nonAspirableVolume().isEmpty());
        assertTrue(prometra.capabilities().notes().stream()
                .anyMatch(n -> n.topic().equals("mri")
                        && n.verification() == Verification.VERIFIED
                        && n.text().contains("1.5 T")));
    }

    @Test
    void theDrugCataloguesClassesNameTheP2y12InhibitorsAndTheVitaminKAntagonists() {
        Ruleset ruleset = loader.load(bundled);
        assertEquals(
                List.of("clopidogrel", "prasugrel", "ticagrelor"),
                members(ruleset, org.idds.cds.clinical.PharmacologicalClass.P2Y12_INHIBITOR));
        assertEquals(
                List.of("acenocoumarol", "warfarin"),
                members(ruleset, org.idds.cds.clinical.PharmacologicalClass.VITAMIN_K_ANTAGONIST));
    }

    @Test
    void aDrugClassTheCatalogueSchemaDoesNotKnowIsRefused() {
        assertProblem(
                "shared/drugs.json",
                root -> {
                    for (JsonNode d : root.path("drugs")) {
                        if (d.path("name").asText().equals("warfarin")) {
                            ((ObjectNode) d).putArray("classes").add("BETA_BLOCKER");
                        }
                    }
                },
                "shared/drugs.json");
    }

    private static List<String> members(Ruleset ruleset, org.idds.cds.clinical.PharmacologicalClass c) {
        return ruleset.drugs().drugs().values().stream()
                .filter(d -> d.classes().contains(c))
                .map(org.idds.cds.clinical.DrugEntry::name)
                .sorted()
                .toList();
    }

    private static DeviceModel device(Ruleset ruleset, String id) {
        return ruleset.deviceModels().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no device model " + id));
    }

    private RulesetSource edited(String file, Consumer<JsonNode> edit) {
        try {
            JsonNode root = JSON.readTree(bundled.file(file).orElseThrow());
            edit.accept(root);
            return bundled.with(file, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertProblem(String file, Consumer<JsonNode> edit, String expected) {
        assertRejected(edited(file, edit), expected);
    }

    private void assertRejected(RulesetSource edited, String expected) {
        InvalidRulesetException e = assertThrows(InvalidRulesetException.class, () -> loader.load(edited));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)), e.getMessage());
    }
}
