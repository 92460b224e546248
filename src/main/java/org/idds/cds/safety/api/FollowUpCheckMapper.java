package org.idds.cds.safety.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.ReservoirArithmetic;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.safety.AntithromboticsSinceImplant;
import org.idds.cds.safety.FollowUpCheck;
import org.idds.cds.safety.FollowUpCheckException;
import org.idds.cds.safety.FollowUpEvent;
import org.idds.cds.safety.FollowUpEventKind;
import org.idds.cds.safety.FollowUpSign;
import org.idds.cds.safety.PumpAtEvent;
import org.idds.cds.safety.TherapyHistory;
import org.idds.cds.web.QuantityDto;

/**
 * The validated request as a {@link FollowUpCheck}: the model looked up in the ruleset (an unknown id is kept, without
 * figures), drugs resolved in the ruleset's catalogue (each once; the basal dose's drug among the contents), the
 * programmed volume a day given or computed from the basal dose at its concentration, the last fill before the event
 * (at most a year before) and no larger than a known reservoir, a refill's volumes only at a refill and never more
 * than the last fill, each observation as a sign. Each refusal names its field. Public for the MDT case, which reads
 * its follow-up-check section with it.
 */
public final class FollowUpCheckMapper {

    private FollowUpCheckMapper() {}

    public static FollowUpCheck toCheck(FollowUpCheckRequest r, DrugCatalogue catalogue, List<DeviceModel> models) {
        OffsetDateTime at = dateTime("event.at", r.event().at());
        FollowUpEventKind kind = FollowUpEventKind.valueOf(r.event().kind());
        FollowUpCheckRequest.Pump p = r.pump();
        Optional<DeviceModel> model =
                models.stream().filter(m -> m.id().equals(p.deviceId())).findFirst();

        List<PumpAtEvent.Content> contents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FollowUpCheckRequest.Content> given =
                Optional.ofNullable(p.contents()).orElse(List.of());
        for (int i = 0; i < given.size(); i++) {
            String field = "pump.contents[" + i + "].drug";
            DrugEntry entry = entry(field, given.get(i).drug(), catalogue);
            String name = entry.name();
            if (!seen.add(name)) {
                throw new FollowUpCheckException(field, "names " + name + " twice: give it once");
            }
            contents.add(new PumpAtEvent.Content(
                    name, SafetyInputs.quantity(given.get(i).concentration()), entry.drugClass()));
        }

        if (p.basalDose() != null && p.basalVolume() != null) {
            throw new FollowUpCheckException("pump.basalVolume", "give the basal rate once: basalDose or basalVolume");
        }
        Optional<Measure> daily = Optional.empty();
        if (p.basalVolume() != null) {
            daily = Optional.of(measure(p.basalVolume()).to("mL/d"));
        } else if (p.basalDose() != null) {
            String name = drug("pump.basalDose.drug", p.basalDose().drug(), catalogue);
            PumpAtEvent.Content content = contents.stream()
                    .filter(c -> c.drug().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new FollowUpCheckException(
                            "pump.basalDose.drug", "is not among the pump's contents: give its concentration there"));
            daily = Optional.of(ReservoirArithmetic.dailyVolume(
                    measure(p.basalDose().dailyDose()),
                    Measure.of(
                            content.concentration().value(),
                            content.concentration().unit().ucum())));
        }

        Optional<PumpAtEvent.LastFill> lastFill = Optional.ofNullable(p.lastFill())
                .map(f -> {
                    OffsetDateTime filled = dateTime("pump.lastFill.at", f.at());
                    if (!filled.isBefore(at)) {
                        throw new FollowUpCheckException("pump.lastFill.at", "is not before the event");
                    }
                    if (filled.isBefore(at.minus(365, ChronoUnit.DAYS))) {
                        throw new FollowUpCheckException(
                                "pump.lastFill.at", "is more than a year before the event: check the date");
                    }
                    Measure volume = measure(f.volume());
                    model.flatMap(DeviceModel::reservoirVolume).ifPresent(reservoir -> {
                        if (volume.compareQuantity(reservoir.measure()) > 0) {
                            throw new FollowUpCheckException(
                                    "pump.lastFill.volume",
                                    "is more than the " + reservoir.value().toPlainString() + " " + reservoir.unit()
                                            + " reservoir of " + p.deviceId());
                        }
                    });
                    return new PumpAtEvent.LastFill(filled, volume);
                });

        Optional<Measure> aspirated = Optional.empty();
        Optional<Measure> bolusVolume = Optional.empty();
        Set<FollowUpSign> signs = EnumSet.noneOf(FollowUpSign.class);
        if (r.refill() != null) {
            if (kind != FollowUpEventKind.REFILL) {
                throw new FollowUpCheckException("refill", "is for a REFILL event: leave it out");
            }
            if (r.refill().aspirated() != null) {
                Measure volume = measure(r.refill().aspirated());
                Measure fill = lastFill.orElseThrow(() -> new FollowUpCheckException(
                                "pump.lastFill", "is required to judge the volume aspirated at a refill"))
                        .volume();
                if (daily.isEmpty()) {
                    throw new FollowUpCheckException(
                            "pump.basalVolume",
                            "is required to judge the volume aspirated at a refill: give basalVolume, or basalDose"
                                    + " with the drug's concentration in contents");
                }
                if (volume.compareQuantity(fill) > 0) {
                    throw new FollowUpCheckException(
                            "refill.aspirated", "is more than the last fill: check the volumes");
                }
                aspirated = Optional.of(volume);
            }
            if (r.refill().bolusVolumeSinceLastFill() != null) {
                if (r.refill().aspirated() == null) {
                    throw new FollowUpCheckException(
                            "refill.bolusVolumeSinceLastFill", "is for judging the volume aspirated: give aspirated");
                }
                Measure boluses = measure(r.refill().bolusVolumeSinceLastFill());
                if (boluses.compareQuantity(lastFill.get().volume()) > 0) {
                    throw new FollowUpCheckException(
                            "refill.bolusVolumeSinceLastFill", "is more than the last fill: check the volumes");
                }
                bolusVolume = Optional.of(boluses);
            }
            Optional.ofNullable(r.refill().changes()).ifPresent(c -> {
                sign(signs, c.drugOrConcentration(), true, FollowUpSign.DRUG_OR_CONCENTRATION_CHANGED);
                sign(signs, c.rate(), true, FollowUpSign.RATE_CHANGED);
            });
        }
        Optional<Quantity> timeLeft = Optional.empty();
        if (r.observations() != null) {
            FollowUpCheckRequest.Observations o = r.observations();
            Optional.ofNullable(o.refillProcedure()).ifPresent(rp -> {
                sign(signs, rp.needleConfirmedInReservoir(), false, FollowUpSign.NEEDLE_NOT_CONFIRMED_IN_RESERVOIR);
                sign(signs, rp.returnOnAspiration(), false, FollowUpSign.NO_RETURN_ON_ASPIRATION);
                sign(signs, rp.pocketSwelling(), true, FollowUpSign.POCKET_SWELLING);
                sign(
                        signs,
                        rp.injectedThroughCatheterAccessPort(),
                        true,
                        FollowUpSign.INJECTED_THROUGH_CATHETER_ACCESS_PORT);
            });
            Optional.ofNullable(o.overdoseSigns()).ifPresent(s -> {
                sign(signs, s.sedation(), true, FollowUpSign.SEDATION);
                sign(signs, s.slowBreathing(), true, FollowUpSign.SLOW_BREATHING);
            });
            if (o.device() != null) {
                FollowUpCheckRequest.DeviceSigns d = o.device();
                sign(signs, d.lowReservoirAlarm(), true, FollowUpSign.LOW_RESERVOIR_ALARM);
                sign(signs, d.refillOverdue(), true, FollowUpSign.REFILL_OVERDUE);
                sign(signs, d.replacementIndicator(), true, FollowUpSign.REPLACEMENT_INDICATOR);
                sign(signs, d.skinErosion(), true, FollowUpSign.SKIN_EROSION);
                sign(signs, d.pumpFlipped(), true, FollowUpSign.PUMP_FLIPPED);
                sign(signs, d.portNotAccessible(), true, FollowUpSign.PORT_NOT_ACCESSIBLE);
                sign(signs, d.catheterProblemSuspected(), true, FollowUpSign.CATHETER_PROBLEM_SUSPECTED);
                if (d.replacementTimeLeft() != null) {
                    if (!Boolean.TRUE.equals(d.replacementIndicator())) {
                        throw new FollowUpCheckException(
                                "observations.device.replacementTimeLeft",
                                "is for a pump showing its replacement indicator (replacementIndicator: true)");
                    }
                    timeLeft = Optional.of(SafetyInputs.quantity(d.replacementTimeLeft()));
                }
            }
            Optional.ofNullable(o.neurological()).ifPresent(n -> {
                sign(signs, n.lossOfAnalgesia(), true, FollowUpSign.LOSS_OF_ANALGESIA);
                sign(signs, n.doseEscalationWithoutBenefit(), true, FollowUpSign.DOSE_ESCALATION_WITHOUT_BENEFIT);
                sign(signs, n.newNeurologicalDeficit(), true, FollowUpSign.NEW_NEUROLOGICAL_DEFICIT);
                sign(signs, n.radicularPainAtTipLevel(), true, FollowUpSign.RADICULAR_PAIN_AT_TIP_LEVEL);
                sign(signs, n.bowelOrBladderChange(), true, FollowUpSign.BOWEL_OR_BLADDER_CHANGE);
                sign(signs, n.harderCsfAspiration(), true, FollowUpSign.HARDER_CSF_ASPIRATION);
            });
            Optional.ofNullable(o.wound()).ifPresent(w -> {
                sign(signs, w.redness(), true, FollowUpSign.WOUND_REDNESS);
                sign(signs, w.swelling(), true, FollowUpSign.WOUND_SWELLING);
                sign(signs, w.warmth(), true, FollowUpSign.WOUND_WARMTH);
                sign(signs, w.tenderness(), true, FollowUpSign.WOUND_TENDERNESS);
                sign(signs, w.purulentDrainage(), true, FollowUpSign.PURULENT_DRAINAGE);
                sign(signs, w.dehiscence(), true, FollowUpSign.WOUND_DEHISCENCE);
                sign(signs, w.pocketFluid(), true, FollowUpSign.POCKET_FLUID);
                sign(signs, w.clearFluidLeak(), true, FollowUpSign.CLEAR_FLUID_LEAK);
            });
            Optional.ofNullable(o.systemic()).ifPresent(y -> {
                sign(signs, y.fever(), true, FollowUpSign.FEVER);
                sign(signs, y.headache(), true, FollowUpSign.HEADACHE);
                sign(signs, y.neckStiffness(), true, FollowUpSign.NECK_STIFFNESS);
                sign(signs, y.alteredMentalState(), true, FollowUpSign.ALTERED_MENTAL_STATE);
                sign(signs, y.photophobia(), true, FollowUpSign.PHOTOPHOBIA);
                sign(signs, y.positionalHeadache(), true, FollowUpSign.POSITIONAL_HEADACHE);
            });
            Optional.ofNullable(o.mentalState()).ifPresent(m -> {
                sign(signs, m.depression(), true, FollowUpSign.NEW_DEPRESSION);
                sign(signs, m.suicidality(), true, FollowUpSign.SUICIDALITY);
                sign(signs, m.hallucinationsOrParanoia(), true, FollowUpSign.HALLUCINATIONS_OR_PARANOIA);
                sign(signs, m.confusion(), true, FollowUpSign.CONFUSION);
                sign(signs, m.memoryImpairment(), true, FollowUpSign.MEMORY_IMPAIRMENT);
                sign(signs, m.reducedAlertness(), true, FollowUpSign.REDUCED_ALERTNESS);
            });
            Optional.ofNullable(o.muscle()).ifPresent(m -> {
                sign(signs, m.ckAboveLabRange(), true, FollowUpSign.CK_ABOVE_LAB_RANGE);
                sign(signs, m.myalgia(), true, FollowUpSign.MYALGIA);
            });
            Optional.ofNullable(o.circulation()).ifPresent(c -> {
                sign(signs, c.hypotension(), true, FollowUpSign.HYPOTENSION);
                sign(signs, c.bradycardia(), true, FollowUpSign.BRADYCARDIA);
            });
        }
        Optional.ofNullable(r.patient()).ifPresent(pt -> {
            sign(signs, pt.neutropenia(), true, FollowUpSign.NEUTROPENIA);
            sign(signs, pt.systemicSteroids(), true, FollowUpSign.SYSTEMIC_STEROIDS);
        });
        return new FollowUpCheck(
                new FollowUpEvent(kind, at),
                new PumpAtEvent(p.deviceId(), model, contents, daily, lastFill, at),
                aspirated,
                bolusVolume,
                signs,
                timeLeft,
                therapy(r.therapy(), at, contents, daily, catalogue),
                RespiratoryRiskMapper.toAnswers(
                        FollowUpCheck.RESPIRATORY_RISK,
                        Optional.ofNullable(r.patient())
                                .map(FollowUpCheckRequest.Patient::respiratoryRisk)
                                .orElse(null),
                        catalogue,
                        FollowUpCheckException::new),
                Optional.ofNullable(r.patient())
                        .map(FollowUpCheckRequest.Patient::antithromboticsStartedSinceImplant)
                        .filter(l -> !l.isEmpty())
                        .map(l -> antithrombotics(l, catalogue)));
    }

    /** Each antithrombotic started since the implant: an anticoagulant or antiplatelet of the catalogue, once. */
    private static AntithromboticsSinceImplant antithrombotics(List<String> given, DrugCatalogue catalogue) {
        List<AntithromboticsSinceImplant.Drug> drugs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = AntithromboticsSinceImplant.INPUT + "[" + i + "]";
            DrugEntry entry = entry(field, given.get(i), catalogue);
            if (entry.drugClass() != DrugClass.ANTICOAGULANT && entry.drugClass() != DrugClass.ANTIPLATELET) {
                throw new FollowUpCheckException(
                        field, "is not an anticoagulant or antiplatelet in the drug catalogue");
            }
            if (!seen.add(entry.name())) {
                throw new FollowUpCheckException(field, "names " + entry.name() + " twice: give it once");
            }
            drugs.add(new AntithromboticsSinceImplant.Drug(entry.name(), entry.drugClass()));
        }
        return new AntithromboticsSinceImplant(drugs);
    }

    /**
     * The therapy's history: a start on or before the event, and a dose a year ago of a drug of the pump whose daily
     * dose now is known (the basal rate given), so that the escalation can be worked out.
     */
    private static TherapyHistory therapy(
            FollowUpCheckRequest.Therapy t,
            OffsetDateTime at,
            List<PumpAtEvent.Content> contents,
            Optional<Measure> daily,
            DrugCatalogue catalogue) {
        if (t == null) {
            return new TherapyHistory(Optional.empty(), Optional.empty());
        }
        Optional<LocalDate> started = Optional.ofNullable(t.startedOn()).map(s -> {
            LocalDate d;
            try {
                d = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new FollowUpCheckException("therapy.startedOn", "is not a valid date");
            }
            if (d.isAfter(at.toLocalDate())) {
                throw new FollowUpCheckException("therapy.startedOn", "is after the event");
            }
            return d;
        });
        Optional<TherapyHistory.DoseAYearAgo> dose = Optional.ofNullable(t.dailyDoseAYearAgo())
                .map(d -> {
                    String name = drug("therapy.dailyDoseAYearAgo.drug", d.drug(), catalogue);
                    if (contents.stream().noneMatch(c -> c.drug().equals(name))) {
                        throw new FollowUpCheckException(
                                "therapy.dailyDoseAYearAgo.drug", "is not in the pump: name a drug of pump.contents");
                    }
                    if (daily.isEmpty()) {
                        throw new FollowUpCheckException(
                                "therapy.dailyDoseAYearAgo",
                                "needs the pump's basal rate (pump.basalDose or pump.basalVolume) to compare with");
                    }
                    return new TherapyHistory.DoseAYearAgo(name, SafetyInputs.quantity(d.dailyDose()));
                });
        return new TherapyHistory(started, dose);
    }

    /** {@code value} equal to {@code present} means the sign was observed; absent means not recorded. */
    private static void sign(Set<FollowUpSign> signs, Boolean value, boolean present, FollowUpSign sign) {
        if (value != null && value == present) {
            signs.add(sign);
        }
    }

    private static String drug(String field, String name, DrugCatalogue catalogue) {
        return entry(field, name, catalogue).name();
    }

    private static DrugEntry entry(String field, String name, DrugCatalogue catalogue) {
        return SafetyInputs.drug(field, name, catalogue, FollowUpCheckException::new);
    }

    private static OffsetDateTime dateTime(String field, String text) {
        return SafetyInputs.dateTime(field, text, FollowUpCheckException::new);
    }

    private static Measure measure(QuantityDto dto) {
        return Measure.of(dto.value(), dto.unit());
    }
}
