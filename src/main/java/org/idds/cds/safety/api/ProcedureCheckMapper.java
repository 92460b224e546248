package org.idds.cds.safety.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.Route;
import org.idds.cds.safety.Antithrombotic;
import org.idds.cds.safety.AspirinIndication;
import org.idds.cds.safety.CoronaryStent;
import org.idds.cds.safety.InfectionBeforeProcedure;
import org.idds.cds.safety.InfectionRisk;
import org.idds.cds.safety.InfectionRiskKind;
import org.idds.cds.safety.Lab;
import org.idds.cds.safety.LabTest;
import org.idds.cds.safety.LastChemotherapy;
import org.idds.cds.safety.NeurologicalBaseline;
import org.idds.cds.safety.PlannedProcedure;
import org.idds.cds.safety.ProcedureCheck;
import org.idds.cds.safety.ProcedureCheckException;
import org.idds.cds.safety.ProcedureKind;
import org.idds.cds.safety.StentType;
import org.idds.cds.safety.ThromboticRiskFactor;
import org.idds.cds.safety.ThromboticRiskKind;
import org.idds.cds.web.input.Excerpt;

/**
 * The validated request as a {@link ProcedureCheck}: drugs resolved in the ruleset's catalogue (an anticoagulant,
 * antiplatelet or NSAID, each once), dates in order around the planned procedure (a last dose, result, stent or VTE
 * date after it is refused, as is a last dose more than a year before it). Each refusal names its field. Public for the MDT case, which
 * reads its procedure-check section with it.
 */
public final class ProcedureCheckMapper {

    private static final String ASPIRIN = "aspirin";

    /** Plausible input ranges of each accepted unit (typing or unit errors, not clinical thresholds). */
    private static final Map<String, BigDecimal[]> HBA1C_RANGES = Map.of(
            "%", new BigDecimal[] {new BigDecimal("3.5"), new BigDecimal("20")},
            "mmol/mol", new BigDecimal[] {new BigDecimal("15"), new BigDecimal("200")});

    private static final Map<String, BigDecimal[]> NEUTROPHIL_RANGES =
            Map.of("10*9/L", new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("100")});

    private ProcedureCheckMapper() {}

    public static ProcedureCheck toCheck(ProcedureCheckRequest r, DrugCatalogue catalogue) {
        OffsetDateTime at = dateTime("procedure.plannedAt", r.procedure().plannedAt());
        PlannedProcedure procedure =
                new PlannedProcedure(ProcedureKind.valueOf(r.procedure().kind()), at);
        List<Antithrombotic> drugs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ProcedureCheckRequest.Drug> givenDrugs =
                Optional.ofNullable(r.antithrombotics()).orElse(List.of());
        if (givenDrugs.isEmpty() && r.infection() == null) {
            throw new ProcedureCheckException(
                    "antithrombotics", "must not be empty: give at least one antithrombotic, or the infection group");
        }
        for (int i = 0; i < givenDrugs.size(); i++) {
            drugs.add(drug("antithrombotics[" + i + "]", givenDrugs.get(i), catalogue, at, seen));
        }
        List<ThromboticRiskFactor> risks = new ArrayList<>();
        List<CoronaryStent> stents = new ArrayList<>();
        Optional.ofNullable(r.thromboticRisk()).ifPresent(t -> {
            Optional.ofNullable(t.venousThromboembolism()).ifPresent(v -> {
                notAfter("thromboticRisk.venousThromboembolism.date", v.date(), at);
                risks.add(new ThromboticRiskFactor(ThromboticRiskKind.VENOUS_THROMBOEMBOLISM, Optional.of(v.date())));
            });
            if (Boolean.TRUE.equals(t.mechanicalHeartValve())) {
                risks.add(new ThromboticRiskFactor(ThromboticRiskKind.MECHANICAL_HEART_VALVE, Optional.empty()));
            }
            List<ProcedureCheckRequest.Stent> given =
                    Optional.ofNullable(t.coronaryStents()).orElse(List.of());
            for (int i = 0; i < given.size(); i++) {
                ProcedureCheckRequest.Stent s = given.get(i);
                notAfter("thromboticRisk.coronaryStents[" + i + "].placedOn", s.placedOn(), at);
                stents.add(new CoronaryStent(StentType.valueOf(s.type()), s.placedOn(), at));
                risks.add(new ThromboticRiskFactor(ThromboticRiskKind.CORONARY_STENT, Optional.of(s.placedOn())));
            }
        });
        List<Lab> labs = new ArrayList<>();
        List<ProcedureCheckRequest.Lab> given = Optional.ofNullable(r.labs()).orElse(List.of());
        Set<LabTest> tests = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ProcedureCheckRequest.Lab l = given.get(i);
            String field = "labs[" + i + "]";
            LabTest test = LabTest.valueOf(l.test());
            if (test == LabTest.HBA1C || test == LabTest.NEUTROPHILS) {
                throw new ProcedureCheckException(
                        field + ".test",
                        "is PLATELETS, INR or APTT: give "
                                + (test == LabTest.HBA1C
                                        ? "an HbA1c as infection.hba1c"
                                        : "neutrophils as infection.neutrophils"));
            }
            if (!tests.add(test)) {
                throw new ProcedureCheckException(field + ".test", "gives " + test + " twice: give the latest once");
            }
            notAfter(field + ".takenOn", l.takenOn(), at);
            if (test != LabTest.PLATELETS && l.upperLimit() == null) {
                throw new ProcedureCheckException(
                        field + ".upperLimit", "is required for " + test + ": its laboratory's upper reference limit");
            }
            labs.add(new Lab(
                    test,
                    l.value(),
                    l.unit(),
                    Optional.ofNullable(l.lowerLimit()),
                    Optional.ofNullable(l.upperLimit()),
                    l.takenOn(),
                    at));
        }
        return new ProcedureCheck(
                procedure,
                drugs,
                risks,
                stents,
                Optional.ofNullable(r.creatinineClearance()).map(SafetyInputs::quantity),
                labs,
                Optional.ofNullable(r.infection()).map(i -> infection(i, at)),
                RespiratoryRiskMapper.toAnswers(
                        ProcedureCheck.RESPIRATORY_RISK, r.respiratoryRisk(), catalogue, ProcedureCheckException::new),
                Optional.ofNullable(r.neurology()).map(n -> neurology(n, at)));
    }

    /** The neurology group: a baseline examination day no later than the procedure; each item left out not given. */
    private static NeurologicalBaseline neurology(ProcedureCheckRequest.Neurology n, OffsetDateTime at) {
        Optional.ofNullable(n.baselineExaminationOn())
                .ifPresent(d -> notAfter(NeurologicalBaseline.EXAMINED_ON, d, at));
        return new NeurologicalBaseline(
                Optional.ofNullable(n.baselineExaminationOn()), Optional.ofNullable(n.knownNeurologicalDisease()));
    }

    /**
     * The infection group: each item given becomes a fact, each left out is named as not recorded; the HbA1c in % or
     * mmol/mol (never converted) and the neutrophil count in 10*9/L with its laboratory's lower limit, both dated no
     * later than the procedure; a last chemotherapy day no later than it.
     */
    private static InfectionBeforeProcedure infection(ProcedureCheckRequest.Infection i, OffsetDateTime at) {
        List<InfectionRisk> risks = new ArrayList<>();
        List<String> notRecorded = new ArrayList<>();
        yes(i.systemicInfection(), InfectionRiskKind.SYSTEMIC_INFECTION, risks, notRecorded);
        yes(i.infectionAtProcedureSite(), InfectionRiskKind.INFECTION_AT_PROCEDURE_SITE, risks, notRecorded);
        yes(i.remoteInfectionUnderTreatment(), InfectionRiskKind.REMOTE_INFECTION_UNDER_TREATMENT, risks, notRecorded);
        if (i.diabetes() == null) {
            notRecorded.add(InfectionRiskKind.DIABETES.input());
        } else if (!ProcedureCheckRequest.Diabetes.NONE.name().equals(i.diabetes())) {
            risks.add(new InfectionRisk(InfectionRiskKind.DIABETES, i.diabetes()));
        }
        if (i.smoking() == null) {
            notRecorded.add(InfectionRiskKind.CURRENT_SMOKER.input());
        } else if (ProcedureCheckRequest.Smoking.CURRENT.name().equals(i.smoking())) {
            risks.add(new InfectionRisk(InfectionRiskKind.CURRENT_SMOKER, i.smoking()));
        }
        if (i.staphylococcusAureusScreen() == null) {
            notRecorded.add(InfectionRiskKind.STAPHYLOCOCCUS_AUREUS_CARRIER.input());
        } else if (ProcedureCheckRequest.Screen.POSITIVE.name().equals(i.staphylococcusAureusScreen())) {
            risks.add(
                    new InfectionRisk(InfectionRiskKind.STAPHYLOCOCCUS_AUREUS_CARRIER, i.staphylococcusAureusScreen()));
        } else if (ProcedureCheckRequest.Screen.NOT_DONE.name().equals(i.staphylococcusAureusScreen())) {
            risks.add(new InfectionRisk(
                    InfectionRiskKind.STAPHYLOCOCCUS_AUREUS_NOT_SCREENED, i.staphylococcusAureusScreen()));
        }
        if (Boolean.TRUE.equals(i.decolonisationDone())) {
            risks.add(new InfectionRisk(InfectionRiskKind.DECOLONISED, "true"));
        }
        yes(i.systemicSteroids(), InfectionRiskKind.SYSTEMIC_STEROIDS, risks, notRecorded);
        Optional<LastChemotherapy> chemotherapy = Optional.ofNullable(i.lastChemotherapyOn())
                .map(d -> {
                    notAfter("infection.lastChemotherapyOn", d, at);
                    return new LastChemotherapy(d, at);
                });
        if (Boolean.FALSE.equals(i.chemotherapy()) && chemotherapy.isPresent()) {
            throw new ProcedureCheckException(
                    "infection.lastChemotherapyOn", "is given but chemotherapy is false: leave one of them out");
        }
        if (i.chemotherapy() == null && chemotherapy.isEmpty()) {
            notRecorded.add("infection.chemotherapy");
        }
        if (Boolean.TRUE.equals(i.chemotherapy()) && chemotherapy.isEmpty()) {
            notRecorded.add("infection.lastChemotherapyOn");
            if (i.neutrophils() == null) {
                notRecorded.add("infection.neutrophils");
            }
        }
        List<Lab> labs = new ArrayList<>();
        Optional.ofNullable(i.hba1c()).ifPresent(h -> {
            String field = "infection.hba1c";
            if (h.lowerLimit() != null) {
                throw new ProcedureCheckException(field + ".lowerLimit", "is for neutrophils only: leave it out");
            }
            plausible(field, h, HBA1C_RANGES);
            notAfter(field + ".takenOn", h.takenOn(), at);
            labs.add(new Lab(LabTest.HBA1C, h.value(), h.unit(), Optional.empty(), Optional.empty(), h.takenOn(), at));
        });
        Optional.ofNullable(i.neutrophils()).ifPresent(n -> {
            String field = "infection.neutrophils";
            plausible(field, n, NEUTROPHIL_RANGES);
            if (n.lowerLimit() == null) {
                throw new ProcedureCheckException(
                        field + ".lowerLimit", "is required: its laboratory's lower reference limit, in 10*9/L");
            }
            plausible(field + ".lowerLimit", n.lowerLimit(), n.unit(), NEUTROPHIL_RANGES);
            notAfter(field + ".takenOn", n.takenOn(), at);
            labs.add(new Lab(
                    LabTest.NEUTROPHILS,
                    n.value(),
                    n.unit(),
                    Optional.of(n.lowerLimit()),
                    Optional.empty(),
                    n.takenOn(),
                    at));
        });
        return new InfectionBeforeProcedure(risks, labs, chemotherapy, notRecorded);
    }

    private static void plausible(String field, ProcedureCheckRequest.DatedResult r, Map<String, BigDecimal[]> ranges) {
        if (!ranges.containsKey(r.unit())) {
            throw new ProcedureCheckException(
                    field + ".unit",
                    "'" + Excerpt.of(r.unit()) + "' is not a unit for this result. Use "
                            + String.join(
                                    " or ",
                                    ranges.keySet().stream()
                                            .sorted()
                                            .map(u -> "'" + u + "'")
                                            .toList())
                            + ".");
        }
        plausible(field + ".value", r.value(), r.unit(), ranges);
    }

    private static void plausible(String field, BigDecimal value, String unit, Map<String, BigDecimal[]> ranges) {
        BigDecimal[] range = ranges.get(unit);
        if (value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0) {
            throw new ProcedureCheckException(
                    field,
                    "is not plausible in " + unit + " (expected " + range[0].toPlainString() + " to "
                            + range[1].toPlainString() + "): check the value and its unit");
        }
    }

    private static void yes(
            Boolean given, InfectionRiskKind kind, List<InfectionRisk> risks, List<String> notRecorded) {
        if (given == null) {
            notRecorded.add(kind.input());
        } else if (given) {
            risks.add(new InfectionRisk(kind, "true"));
        }
    }

    private static Antithrombotic drug(
            String field, ProcedureCheckRequest.Drug d, DrugCatalogue catalogue, OffsetDateTime at, Set<String> seen) {
        DrugEntry entry = SafetyInputs.drug(field + ".drug", d.drug(), catalogue, ProcedureCheckException::new);
        if (entry.drugClass() != DrugClass.ANTICOAGULANT
                && entry.drugClass() != DrugClass.ANTIPLATELET
                && entry.drugClass() != DrugClass.NSAID) {
            throw new ProcedureCheckException(
                    field + ".drug", "is not an anticoagulant, antiplatelet or NSAID in the drug catalogue");
        }
        if (!seen.add(entry.name())) {
            throw new ProcedureCheckException(field + ".drug", "names " + entry.name() + " twice: give it once");
        }
        AspirinIndication indication;
        if (ASPIRIN.equals(entry.name())) {
            if (d.indication() == null) {
                throw new ProcedureCheckException(
                        field + ".indication", "is required for aspirin: PRIMARY_PREVENTION or SECONDARY_PREVENTION");
            }
            indication = AspirinIndication.valueOf(d.indication());
            if (indication == AspirinIndication.NOT_APPLICABLE) {
                throw new ProcedureCheckException(
                        field + ".indication", "must be PRIMARY_PREVENTION or SECONDARY_PREVENTION for aspirin");
            }
        } else {
            if (d.indication() != null) {
                throw new ProcedureCheckException(field + ".indication", "is for aspirin only: leave it out");
            }
            indication = AspirinIndication.NOT_APPLICABLE;
        }
        Optional<Route> route = Optional.empty();
        if (d.route() != null) {
            route = Route.fromCode(d.route()).filter(r -> entry.route(r).isPresent());
            if (route.isEmpty()) {
                throw new ProcedureCheckException(
                        field + ".route",
                        "is not a route of " + entry.name() + " in the drug catalogue: use "
                                + String.join(
                                        " or ",
                                        entry.routes().stream()
                                                .map(r -> "'" + r.route().code() + "'")
                                                .toList()));
            }
        }
        OffsetDateTime last = dateTime(field + ".lastDose", d.lastDose());
        if (last.isAfter(at)) {
            throw new ProcedureCheckException(field + ".lastDose", "is after the planned procedure");
        }
        if (last.isBefore(at.minus(365, ChronoUnit.DAYS))) {
            throw new ProcedureCheckException(
                    field + ".lastDose", "is more than a year before the procedure: leave the drug out");
        }
        return new Antithrombotic(
                entry.name(),
                entry.drugClass(),
                Optional.ofNullable(d.dose()).map(SafetyInputs::quantity),
                Optional.ofNullable(d.frequency()),
                last,
                indication,
                at,
                entry.classes(),
                route);
    }

    private static OffsetDateTime dateTime(String field, String text) {
        return SafetyInputs.dateTime(field, text, ProcedureCheckException::new);
    }

    private static void notAfter(String field, java.time.LocalDate date, OffsetDateTime at) {
        if (date.isAfter(at.toLocalDate())) {
            throw new ProcedureCheckException(field, "is after the planned procedure");
        }
    }
}
