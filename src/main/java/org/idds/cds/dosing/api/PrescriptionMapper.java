package org.idds.cds.dosing.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.Route;
import org.idds.cds.dosing.DosingCalculator.PrescriptionException;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.web.QuantityDto;

/** Turns a validated request into the domain prescription, resolving drug names to the catalogue's generic names. */
final class PrescriptionMapper {

    private PrescriptionMapper() {}

    static Prescription toPrescription(PrescriptionRequest r, DrugCatalogue drugs) {
        var contents = new java.util.ArrayList<Prescription.ReservoirDrug>();
        for (int i = 0; i < r.contents().size(); i++) {
            var c = r.contents().get(i);
            contents.add(new Prescription.ReservoirDrug(
                    generic(c.drug(), drugs, "contents[" + i + "].drug"), quantity(c.concentration())));
        }
        if (contents.stream().map(Prescription.ReservoirDrug::drug).distinct().count() != contents.size()) {
            throw new PrescriptionException("contents", "a drug is listed twice");
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
        return new Prescription(
                r.deviceId(),
                contents,
                basal,
                Optional.ofNullable(r.basalVolume()).map(PrescriptionMapper::quantity),
                Optional.ofNullable(r.bolus())
                        .map(b -> new Prescription.PatientBolus(
                                quantity(b.dose()),
                                Optional.ofNullable(b.lockout()).map(PrescriptionMapper::quantity),
                                b.maxPerDay())),
                Optional.ofNullable(r.previous())
                        .map(p -> new Prescription.Previous(
                                quantity(p.basalDailyDose()),
                                Optional.ofNullable(p.bolusDose()).map(PrescriptionMapper::quantity),
                                Optional.ofNullable(p.bolusMaxPerDay()),
                                Optional.ofNullable(p.startedOn()))),
                Optional.ofNullable(r.fill()).map(f -> new Prescription.Fill(f.date(), quantity(f.volume()))),
                Optional.ofNullable(r.alarmVolume()).map(PrescriptionMapper::quantity),
                Optional.ofNullable(r.plannedRefillInterval()).map(PrescriptionMapper::quantity),
                Boolean.TRUE.equals(r.startingDose()),
                Optional.ofNullable(r.patient()).map(PrescriptionRequest.Patient::psychosisHistory),
                Optional.ofNullable(r.startsOn()),
                schedule,
                systemic(r, drugs));
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
