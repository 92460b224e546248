package org.idds.cds.safety.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.safety.Antithrombotic;
import org.idds.cds.safety.AspirinIndication;
import org.idds.cds.safety.CoronaryStent;
import org.idds.cds.safety.Lab;
import org.idds.cds.safety.LabTest;
import org.idds.cds.safety.PlannedProcedure;
import org.idds.cds.safety.ProcedureCheck;
import org.idds.cds.safety.ProcedureCheckException;
import org.idds.cds.safety.ProcedureKind;
import org.idds.cds.safety.StentType;
import org.idds.cds.safety.ThromboticRiskFactor;
import org.idds.cds.safety.ThromboticRiskKind;
import org.idds.cds.web.QuantityDto;

/**
 * The validated request as a {@link ProcedureCheck}: drugs resolved in the ruleset's catalogue (an anticoagulant,
 * antiplatelet or NSAID, each once), dates in order around the planned procedure (a last dose, result, stent or VTE
 * date after it is refused, as is a last dose more than a year before it). Each refusal names its field. Public for the MDT case, which
 * reads its procedure-check section with it.
 */
public final class ProcedureCheckMapper {

    private static final String ASPIRIN = "aspirin";

    private ProcedureCheckMapper() {}

    public static ProcedureCheck toCheck(ProcedureCheckRequest r, DrugCatalogue catalogue) {
        OffsetDateTime at = dateTime("procedure.plannedAt", r.procedure().plannedAt());
        PlannedProcedure procedure =
                new PlannedProcedure(ProcedureKind.valueOf(r.procedure().kind()), at);
        List<Antithrombotic> drugs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.antithrombotics().size(); i++) {
            drugs.add(drug("antithrombotics[" + i + "]", r.antithrombotics().get(i), catalogue, at, seen));
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
                Optional.ofNullable(r.creatinineClearance()).map(ProcedureCheckMapper::quantity),
                labs,
                RespiratoryRiskMapper.toAnswers(
                        ProcedureCheck.RESPIRATORY_RISK, r.respiratoryRisk(), catalogue, ProcedureCheckException::new));
    }

    private static Antithrombotic drug(
            String field, ProcedureCheckRequest.Drug d, DrugCatalogue catalogue, OffsetDateTime at, Set<String> seen) {
        DrugEntry entry = catalogue
                .resolve(d.drug())
                .map(DrugCatalogue.Match::drug)
                .orElseThrow(() -> new ProcedureCheckException(
                        field + ".drug",
                        "is not in the drug catalogue" + suggestions(catalogue.suggestions(d.drug()))));
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
                Optional.ofNullable(d.dose()).map(ProcedureCheckMapper::quantity),
                Optional.ofNullable(d.frequency()),
                last,
                indication,
                at);
    }

    private static String suggestions(List<String> names) {
        return names.isEmpty() ? "" : "; did you mean " + String.join(", ", names) + "?";
    }

    private static OffsetDateTime dateTime(String field, String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProcedureCheckException(field, "is not a valid date and time");
        }
    }

    private static void notAfter(String field, java.time.LocalDate date, OffsetDateTime at) {
        if (date.isAfter(at.toLocalDate())) {
            throw new ProcedureCheckException(field, "is after the planned procedure");
        }
    }

    private static Quantity quantity(QuantityDto dto) {
        return new Quantity(dto.value(), Unit.fromUcum(dto.unit()).orElseThrow());
    }
}
