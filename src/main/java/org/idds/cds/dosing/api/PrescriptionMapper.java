package org.idds.cds.dosing.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.Route;
import org.idds.cds.dosing.DosingCalculator.PrescriptionException;
import org.idds.cds.dosing.OpioidStatus;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.dosing.PrescriptionContext;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.web.QuantityDto;

/** Turns a validated request into the domain prescription, resolving drug names to the catalogue's generic names. */
public final class PrescriptionMapper {

    private PrescriptionMapper() {}

    public static Prescription toPrescription(PrescriptionRequest r, DrugCatalogue drugs) {
        PrescriptionContext context = PrescriptionContext.valueOf(r.context());
        Optional<OpioidStatus> opioidStatus = Optional.ofNullable(r.patient())
                .map(PrescriptionRequest.Patient::opioidStatus)
                .map(OpioidStatus::valueOf);
        if (context.isStart() && opioidStatus.isEmpty()) {
            throw new PrescriptionException(
                    "patient.opioidStatus",
                    "is required for " + context + ": OPIOID_NAIVE or OPIOID_TOLERANT (the starting doses differ)");
        }
        if (r.interruption() != null && context != PrescriptionContext.RESTART_AFTER_INTERRUPTION) {
            throw new PrescriptionException("interruption", "is given only with context RESTART_AFTER_INTERRUPTION");
        }
        if (context.needsPrevious() && r.previous() == null) {
            throw new PrescriptionException(
                    "previous", "is required for " + context + ": the prescription it replaces is compared");
        }
        return toPrescription(r, drugs, context, opioidStatus);
    }

    /**
     * A request stored in the first format (no context) read back for replay: {@code startingDose} meant a start, and
     * its absence a continuation; the opioid status was not asked.
     */
    static Prescription fromFirstFormat(
            com.fasterxml.jackson.databind.JsonNode stored,
            DrugCatalogue drugs,
            com.fasterxml.jackson.databind.ObjectMapper json)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) stored.deepCopy();
        boolean start = tree.path("startingDose").asBoolean(false);
        tree.remove("startingDose");
        PrescriptionContext context = start ? PrescriptionContext.FIRST_DOSE : PrescriptionContext.CONTINUATION;
        tree.put("context", context.name());
        return toPrescription(json.treeToValue(tree, PrescriptionRequest.class), drugs, context, Optional.empty());
    }

    private static Prescription toPrescription(
            PrescriptionRequest r, DrugCatalogue drugs, PrescriptionContext context, Optional<OpioidStatus> opioid) {
        boolean withDevice = r.deviceId() != null;
        var contents = new java.util.ArrayList<Prescription.ReservoirDrug>();
        for (int i = 0; i < r.contents().size(); i++) {
            var c = r.contents().get(i);
            if (withDevice && c.concentration() == null) {
                throw new PrescriptionException(
                        "contents[" + i + "].concentration",
                        "is required with a device (leave deviceId out for a dose-only check)");
            }
            contents.add(new Prescription.ReservoirDrug(
                    generic(c.drug(), drugs, "contents[" + i + "].drug"),
                    Optional.ofNullable(c.concentration()).map(PrescriptionMapper::quantity)));
        }
        if (contents.stream().map(Prescription.ReservoirDrug::drug).distinct().count() != contents.size()) {
            throw new PrescriptionException("contents", "a drug is listed twice");
        }
        if (!withDevice) {
            deviceFieldsGiven(r).stream().findFirst().ifPresent(field -> {
                throw new PrescriptionException(field, "needs the pump: give deviceId, or leave " + field + " out");
            });
        }
        Optional<Prescription.DrugDose> basal = Optional.ofNullable(r.basalDose())
                .map(d ->
                        new Prescription.DrugDose(generic(d.drug(), drugs, "basalDose.drug"), quantity(d.dailyDose())));
        List<Prescription.Period> schedule = new ArrayList<>();
        if (r.schedule() != null) {
            for (int i = 0; i < r.schedule().size(); i++) {
                var period = r.schedule().get(i);
                String drug = generic(period.drug(), drugs, "schedule[" + i + "].drug");
                if (basal.isPresent() && !basal.get().drug().equals(drug)) {
                    throw new PrescriptionException(
                            "schedule[" + i + "].drug", "a schedule gives rates of the basal dose's drug");
                }
                if (!period.until().equals(java.time.LocalTime.MIDNIGHT)
                        && !period.until().isAfter(period.from())) {
                    throw new PrescriptionException(
                            "schedule[" + i + "].until", "must be after from (00:00 for midnight)");
                }
                schedule.add(new Prescription.Period(period.from(), period.until(), quantity(period.dailyRate())));
            }
            if (basal.isEmpty() && !r.schedule().isEmpty()) {
                // the schedule's drug is the one the doses are expressed in; its first rate stands for the basal dose
                basal = Optional.of(new Prescription.DrugDose(
                        generic(r.schedule().get(0).drug(), drugs, "schedule[0].drug"),
                        schedule.get(0).dailyRate()));
            }
        }
        if (basal.isEmpty() && r.basalVolume() == null) {
            throw new PrescriptionException("basalDose", "give the basal rate as a daily dose or as a volume a day");
        }
        basal.ifPresent(b -> {
            if (contents.stream().noneMatch(c -> c.drug().equals(b.drug()))) {
                throw new PrescriptionException("basalDose.drug", "'" + b.drug() + "' is not in the reservoir");
            }
        });
        String basalDrug =
                basal.map(Prescription.DrugDose::drug).orElse(contents.get(0).drug());
        boolean basalConcentrationKnown = contents.stream()
                .anyMatch(c -> c.drug().equals(basalDrug) && c.concentration().isPresent());
        if (r.basalVolume() != null && !basalConcentrationKnown) {
            throw new PrescriptionException(
                    "basalVolume", "a volume a day needs the concentration of " + basalDrug + " in contents");
        }
        Optional<Prescription.PatientBolus> bolus = Optional.ofNullable(r.bolus())
                .map(b -> {
                    if ((b.dose() == null) == (b.volume() == null)) {
                        throw new PrescriptionException(
                                "bolus", "give the bolus as a dose or as a volume, one of the two");
                    }
                    if (b.volume() != null && !basalConcentrationKnown) {
                        throw new PrescriptionException(
                                "bolus.volume",
                                "a bolus volume needs the concentration of " + basalDrug + " in contents");
                    }
                    return new Prescription.PatientBolus(
                            Optional.ofNullable(b.dose()).map(PrescriptionMapper::quantity),
                            Optional.ofNullable(b.volume()).map(PrescriptionMapper::quantity),
                            Optional.ofNullable(b.lockout()).map(PrescriptionMapper::quantity),
                            b.maxPerDay());
                });
        return new Prescription(
                context,
                opioid,
                Optional.ofNullable(r.interruption()).map(PrescriptionMapper::quantity),
                Optional.ofNullable(r.deviceId()),
                contents,
                basal,
                Optional.ofNullable(r.basalVolume()).map(PrescriptionMapper::quantity),
                bolus,
                Optional.ofNullable(r.previous()).map(p -> previous(p, context, basalDrug, withDevice, drugs)),
                Optional.ofNullable(r.fill()).map(f -> new Prescription.Fill(f.date(), quantity(f.volume()))),
                Optional.ofNullable(r.alarmVolume()).map(PrescriptionMapper::quantity),
                Optional.ofNullable(r.plannedRefillInterval()).map(PrescriptionMapper::quantity),
                Optional.ofNullable(r.patient()).map(PrescriptionRequest.Patient::psychosisHistory),
                Optional.ofNullable(r.startsOn()),
                schedule,
                systemic(r, drugs),
                Optional.ofNullable(r.patient()).map(PrescriptionRequest.Patient::ageYears),
                respiratoryRisk(r),
                Optional.ofNullable(r.fluidPath())
                        .map(f -> new Prescription.FluidPath(
                                Optional.ofNullable(f.pumpInternalVolume()).map(PrescriptionMapper::quantity),
                                Optional.ofNullable(f.catheterVolume()).map(PrescriptionMapper::quantity))));
    }

    /** The patient's respiratory-risk answers; a field left out is not known. */
    private static org.idds.cds.clinical.RespiratoryRisk respiratoryRisk(PrescriptionRequest r) {
        Optional<PrescriptionRequest.RespiratoryRisk> risk =
                Optional.ofNullable(r.patient()).map(PrescriptionRequest.Patient::respiratoryRisk);
        return new org.idds.cds.clinical.RespiratoryRisk(
                risk.map(PrescriptionRequest.RespiratoryRisk::obstructiveSleepApnoea),
                risk.map(PrescriptionRequest.RespiratoryRisk::copd),
                risk.map(PrescriptionRequest.RespiratoryRisk::obesity),
                risk.map(PrescriptionRequest.RespiratoryRisk::renalImpairment),
                risk.map(PrescriptionRequest.RespiratoryRisk::priorOpioidIntolerance));
    }

    /** The fields that describe the pump's reservoir and so need a device. */
    private static List<String> deviceFieldsGiven(PrescriptionRequest r) {
        List<String> given = new ArrayList<>();
        if (r.fill() != null) {
            given.add("fill");
        }
        if (r.alarmVolume() != null) {
            given.add("alarmVolume");
        }
        if (r.plannedRefillInterval() != null) {
            given.add("plannedRefillInterval");
        }
        return given;
    }

    /**
     * The previous prescription; its contents are required for a change of drug or concentration (each drug, with its
     * concentration when a device is given), and the drug its basal dose was of is one of them.
     */
    private static Prescription.Previous previous(
            PrescriptionRequest.Previous p,
            PrescriptionContext context,
            String basalDrug,
            boolean withDevice,
            DrugCatalogue drugs) {
        List<Prescription.ReservoirDrug> before = new ArrayList<>();
        if (p.contents() != null) {
            for (int i = 0; i < p.contents().size(); i++) {
                var c = p.contents().get(i);
                if (withDevice && c.concentration() == null) {
                    throw new PrescriptionException(
                            "previous.contents[" + i + "].concentration",
                            "is required with a device: a change of concentration is checked against it");
                }
                before.add(new Prescription.ReservoirDrug(
                        generic(c.drug(), drugs, "previous.contents[" + i + "].drug"),
                        Optional.ofNullable(c.concentration()).map(PrescriptionMapper::quantity)));
            }
        }
        if (context == PrescriptionContext.DRUG_OR_CONCENTRATION_CHANGE && before.isEmpty()) {
            throw new PrescriptionException(
                    "previous.contents",
                    "is required for DRUG_OR_CONCENTRATION_CHANGE: each previous drug (with its concentration when a "
                            + "device is given)");
        }
        Optional<String> drug = Optional.ofNullable(p.drug()).map(d -> generic(d, drugs, "previous.drug"));
        if (drug.isEmpty()
                && !before.isEmpty()
                && before.stream().noneMatch(c -> c.drug().equals(basalDrug))) {
            drug = Optional.of(before.get(0).drug());
        }
        drug.filter(d -> !before.isEmpty()
                        && before.stream().noneMatch(c -> c.drug().equals(d)))
                .ifPresent(d -> {
                    throw new PrescriptionException("previous.drug", "'" + d + "' is not in previous.contents");
                });
        return new Prescription.Previous(
                quantity(p.basalDailyDose()),
                Optional.ofNullable(p.bolusDose()).map(PrescriptionMapper::quantity),
                Optional.ofNullable(p.bolusMaxPerDay()),
                Optional.ofNullable(p.startedOn()),
                drug,
                before);
    }

    /** The systemic regimen as catalogue medications; a drug, route or unit the catalogue does not allow is refused. */
    private static List<org.idds.cds.clinical.Medication> systemic(PrescriptionRequest r, DrugCatalogue drugs) {
        List<org.idds.cds.clinical.Medication> medications = new ArrayList<>();
        if (r.systemicMedications() == null) {
            return medications;
        }
        for (int i = 0; i < r.systemicMedications().size(); i++) {
            var m = r.systemicMedications().get(i);
            String where = "systemicMedications[" + i + "]";
            var entry = drugs.find(m.drug())
                    .orElseThrow(() -> new PrescriptionException(
                            where + ".drug", "'" + m.drug() + "' is not in the drug catalogue"));
            Route route = Route.fromCode(m.route())
                    .filter(x -> entry.route(x).isPresent())
                    .orElseThrow(() -> new PrescriptionException(
                            where + ".route", "'" + m.route() + "' is not a catalogued route of " + entry.name()));
            Optional<Quantity> dose = Optional.ofNullable(m.dose()).map(PrescriptionMapper::quantity);
            if (dose.isPresent()
                    && !entry.route(route)
                            .orElseThrow()
                            .doseUnits()
                            .contains(dose.get().unit())) {
                throw new PrescriptionException(
                        where + ".dose.unit",
                        "'" + m.dose().unit() + "' is not allowed for " + entry.name() + " " + route.code());
            }
            if (dose.isPresent()
                    && dose.get().unit().dimension() == org.idds.cds.kernel.Dimension.MASS
                    && m.dosesPerDay() == null) {
                throw new PrescriptionException(where + ".dosesPerDay", "is required with a dose per administration");
            }
            medications.add(new org.idds.cds.clinical.Medication(
                    entry.name(),
                    route,
                    dose,
                    Optional.ofNullable(m.dosesPerDay()).map(java.math.BigDecimal::valueOf),
                    m.drug(),
                    false));
        }
        return medications;
    }

    /** The catalogue's generic name for a drug that has an intrathecal route; anything else is refused by field. */
    private static String generic(String name, DrugCatalogue drugs, String field) {
        var entry = drugs.find(name)
                .orElseThrow(() -> new PrescriptionException(field, "'" + name + "' is not in the drug catalogue"));
        if (entry.route(Route.INTRATHECAL).isEmpty()) {
            throw new PrescriptionException(field, "'" + entry.name() + "' has no intrathecal route in the catalogue");
        }
        return entry.name();
    }

    private static Quantity quantity(QuantityDto dto) {
        return new Quantity(dto.value(), Unit.fromUcum(dto.unit()).orElseThrow());
    }
}
