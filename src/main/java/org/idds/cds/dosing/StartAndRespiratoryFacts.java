package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.clinical.Medication;
import org.idds.cds.clinical.OmeCalculator;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.clinical.RespiratoryRiskFactor;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * The facts the starting-dose and respiratory-monitoring rules judge, beside the calculator's: each reservoir drug's
 * role, an implanted pump, the patient's age and respiratory-risk factors (the vocabulary selection uses, with the
 * drug classes of the systemic medications from the shared catalogue), the systemic opioid load, and at a start each
 * drug against its label's start and, for an opioid-tolerant patient on systemic opioids, against the bound from the
 * systemic OME. Nothing here judges: the rules compare.
 */
public final class StartAndRespiratoryFacts {

    /** The governed oral to intrathecal ratios whose bounds are shown beside a start (the rules compare with them). */
    static final List<String> SHOWN_RATIOS = List.of(
            "dosing.startingDose.oralToIntrathecal.highDose",
            "dosing.startingDose.oralToIntrathecal.adverseEffectSwitch");

    private final IntrathecalDrugLibrary library;
    private final DrugCatalogue catalogue;
    private final List<Parameter> parameters;

    public StartAndRespiratoryFacts(
            IntrathecalDrugLibrary library, DrugCatalogue catalogue, List<Parameter> parameters) {
        this.library = library;
        this.catalogue = catalogue;
        this.parameters = List.copyOf(parameters);
    }

    /** The facts for this prescription, given the calculator's facts (its drug loads). */
    public List<Object> facts(Prescription p, Optional<DeviceModel> device, List<Object> calculated) {
        List<Object> facts = new ArrayList<>();
        for (String drug : p.drugs()) {
            library.find(drug).ifPresent(entry -> facts.add(new IntrathecalAgent(drug, entry.role())));
        }
        device.filter(d -> d.capabilities().kind().name().startsWith("IMPLANTED"))
                .ifPresent(d -> facts.add(new ImplantedPump(d.id())));
        p.ageYears().ifPresent(age -> facts.add(new PatientAge(age)));

        Optional<OpioidLoad> systemic = systemicOpioids(p.systemicMedications());
        systemic.ifPresent(facts::add);
        facts.add(respiratoryRisks(p, systemic));

        if (p.startingDose()) {
            for (Object fact : calculated) {
                if (fact instanceof DrugLoad load && load.library().isPresent()) {
                    starts(p, load, load.library().get(), systemic, facts);
                }
            }
        }
        return facts;
    }

    private void starts(
            Prescription p, DrugLoad load, IntrathecalDrug entry, Optional<OpioidLoad> systemic, List<Object> facts) {
        IntrathecalDrug.StartStatusQuery status = p.opioidStatus()
                .filter(s -> s == OpioidStatus.OPIOID_TOLERANT)
                .map(s -> IntrathecalDrug.StartStatusQuery.OPIOID_TOLERANT)
                .orElse(IntrathecalDrug.StartStatusQuery.OPIOID_NAIVE);
        entry.labelStartFor(status).ifPresent(label -> {
            facts.add(new LabelStartingDose(
                    load.drug(), status, p.opioidStatus().isPresent(), load.basalDaily(), load.maxDaily(), label));
            facts.add(LibraryLimit.of(
                    load.drug(),
                    LibraryLimit.Figure.LABEL_STARTING_DAILY_DOSE,
                    LabelStartingDose.key(load.drug(), label),
                    label.max(),
                    Severity.CRITICAL));
        });
        boolean tolerant =
                p.opioidStatus().filter(s -> s == OpioidStatus.OPIOID_TOLERANT).isPresent();
        Optional<OpioidLoad> counted = systemic.filter(s -> s.omeLowMgPerDay().signum() > 0);
        if (!tolerant || entry.role() != IntrathecalDrug.Role.OPIOID || counted.isEmpty()) {
            return;
        }
        if (!load.drug().equals(OmeStartingBound.REFERENCE)
                && entry.intrathecalMorphineRatio().isEmpty()) {
            facts.add(new NoIntrathecalMorphineRatio(load.drug()));
            return;
        }
        Measure inMorphine = load.maxDaily().to("mg/d");
        if (!load.drug().equals(OmeStartingBound.REFERENCE)) {
            inMorphine = inMorphine.multiply(
                    Ratio.of(entry.intrathecalMorphineRatio().get().high()));
        }
        List<BigDecimal> shown = SHOWN_RATIOS.stream()
                .flatMap(key -> parameters.stream().filter(x -> x.key().equals(key) && x.isSet()))
                .map(Parameter::value)
                .toList();
        facts.add(new OmeStartingBound(
                load.drug(),
                load.maxDaily(),
                inMorphine,
                load.drug().equals(OmeStartingBound.REFERENCE) ? Optional.empty() : entry.intrathecalMorphineRatio(),
                counted.get(),
                shown));
    }

    /** The systemic opioid load, when a systemic regimen is given (zero when it holds no opioid). */
    private Optional<OpioidLoad> systemicOpioids(List<Medication> medications) {
        return medications.isEmpty()
                ? Optional.empty()
                : Optional.of(new OmeCalculator(catalogue).calculate(medications));
    }

    private RespiratoryRisks respiratoryRisks(Prescription p, Optional<OpioidLoad> systemic) {
        Map<RespiratoryRiskFactor, List<Medication>> byFactor = new LinkedHashMap<>();
        for (Medication m : p.systemicMedications()) {
            catalogue
                    .find(m.drug())
                    .flatMap(d -> RespiratoryRiskFactor.ofDrugClass(d.drugClass()))
                    .ifPresent(f ->
                            byFactor.computeIfAbsent(f, k -> new ArrayList<>()).add(m));
        }
        List<RespiratoryRisks.Present> present = new ArrayList<>();
        for (RespiratoryRiskFactor factor : RespiratoryRiskFactor.values()) {
            List<Medication> meds = byFactor.getOrDefault(factor, List.of());
            if (!meds.isEmpty()) {
                String names = meds.stream()
                        .map(m -> m.drug() + " " + m.route().code())
                        .collect(Collectors.joining(", "));
                String input = PrescriptionField.SYSTEMIC_MEDICATIONS.path();
                if (factor == RespiratoryRiskFactor.SYSTEMIC_OPIOIDS && systemic.isPresent()) {
                    // the systemic load beside the drugs: it is counted with the intrathecal dose
                    present.add(new RespiratoryRisks.Present(
                            factor,
                            input,
                            names,
                            systemic.get().complete()
                                    ? CalculationTexts.N_SYSTEMIC_OPIOIDS_WITH_OME
                                    : CalculationTexts.N_SYSTEMIC_OPIOIDS_WITH_OME_LOWER_BOUND,
                            Map.of(
                                    "ome",
                                    systemic.get().totalOme().rounded().toPlainString() + " "
                                            + systemic.get().totalOme().unit().ucum())));
                } else {
                    present.add(new RespiratoryRisks.Present(factor, input, names));
                }
            }
            if (factor == RespiratoryRiskFactor.OPIOID_NAIVE
                    && p.opioidStatus()
                            .filter(s -> s == OpioidStatus.OPIOID_NAIVE)
                            .isPresent()) {
                present.add(new RespiratoryRisks.Present(
                        factor, PrescriptionField.OPIOID_STATUS.path(), OpioidStatus.OPIOID_NAIVE.name()));
            }
            if (p.respiratoryRisk().present().contains(factor)) {
                present.add(new RespiratoryRisks.Present(factor, "patient." + factor.input(), "yes"));
            }
        }
        return new RespiratoryRisks(present);
    }
}
