package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Dimension;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;

/** Computes the oral morphine equivalent of a medication list from the catalogue's governed conversion factors. */
public final class OmeCalculator {

    private final DrugCatalogue catalogue;

    public OmeCalculator(DrugCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Medications must already be validated against the catalogue (known drug, allowed route and unit). */
    public OpioidLoad calculate(List<Medication> medications) {
        List<OmeLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal alternativeTotal = BigDecimal.ZERO;
        boolean complete = true;
        for (Medication medication : medications) {
            DrugEntry drug = catalogue.entry(medication.drug());
            if (drug.drugClass() != DrugClass.OPIOID) {
                continue;
            }
            OmeLine line = line(drug, medication);
            lines.add(line);
            if (line.ome().isEmpty()) {
                complete = false;
                continue;
            }
            BigDecimal ome = line.ome().orElseThrow().value();
            total = total.add(ome);
            alternativeTotal = alternativeTotal.add(
                    line.alternative().map(a -> a.ome().value()).orElse(ome));
        }
        return new OpioidLoad(
                new Quantity(total, Unit.MG_PER_DAY), complete, lines, new Quantity(alternativeTotal, Unit.MG_PER_DAY));
    }

    /**
     * The line of one opioid: counted with its governed factor, or not counted and why (dose unknown, neuraxial, above
     * the plausibility ceiling and not confirmed, no governed conversion).
     */
    private static OmeLine line(DrugEntry drug, Medication medication) {
        RouteEntry route = drug.route(medication.route())
                .orElseThrow(() -> new UnknownDrugException(
                        medication.drug() + " by " + medication.route().code()));
        Optional<Quantity> known = medication.dailyDose();
        if (known.isEmpty()) {
            return notCounted(
                    drug,
                    medication,
                    Optional.empty(),
                    OmeLine.DOSE_UNKNOWN,
                    Optional.empty(),
                    head(medication) + "dose unknown; not convertible, not counted, MDT to assess");
        }
        Quantity daily = known.orElseThrow();
        String given = describeGiven(medication, daily);
        if (medication.route().neuraxial()) {
            return notCounted(
                    drug,
                    medication,
                    known,
                    OmeLine.NEURAXIAL,
                    Optional.empty(),
                    given + ": a neuraxial dose is never converted with a systemic OME factor; not counted, "
                            + "MDT to assess");
        }
        Optional<DoseCeiling> ceiling = route.ceiling();
        boolean aboveCeiling = ceiling.isPresent() && ceiling.orElseThrow().exceededBy(daily);
        if (aboveCeiling && !medication.doseConfirmed()) {
            return notCounted(
                    drug,
                    medication,
                    known,
                    OmeLine.ABOVE_CEILING,
                    Optional.of(ceiling.orElseThrow().dailyDose()),
                    given + ": above the plausibility ceiling of "
                            + ceiling.orElseThrow().dailyDose().display()
                            + " (likely unit error); not counted until the dose is corrected or confirmed "
                            + "(doseConfirmed)");
        }
        String confirmed = aboveCeiling ? " (dose above the plausibility ceiling, confirmed by the clinician)" : "";
        if (route.ome().isEmpty()) {
            return notCounted(
                    drug,
                    medication,
                    known,
                    OmeLine.NO_CONVERSION,
                    Optional.empty(),
                    given + ": no governed OME conversion for this drug and route; not counted, MDT to assess");
        }
        OmeConversion conversion = route.ome().orElseThrow();
        Quantity inFactorUnit = daily.to(conversion.per());
        Quantity ome = new Quantity(inFactorUnit.value().multiply(conversion.factor()), Unit.MG_PER_DAY);
        String converted = inFactorUnit.unit() == daily.unit() ? "" : " = " + inFactorUnit.display();
        Optional<OmeLine.Alternative> alternative = route.alternativeOme()
                .map(alt -> new OmeLine.Alternative(
                        alt.label().orElseThrow(),
                        alt.factor(),
                        new Quantity(daily.to(alt.per()).value().multiply(alt.factor()), Unit.MG_PER_DAY),
                        alt.verification(),
                        alt.citations()));
        String calculation = given + converted + " x " + conversion.factor().toPlainString()
                + conversion.label().map(l -> " (" + l + ")").orElse("") + " = " + ome.display() + " OME"
                + flag(conversion.verification())
                + alternative
                        .map(a -> "; x " + a.factor().toPlainString() + " (" + a.label() + ") = "
                                + a.ome().display() + " OME" + flag(a.verification())
                                + ": cited sources disagree, both shown")
                        .orElse("")
                + confirmed;
        return new OmeLine(
                drug.name(),
                medication.route(),
                known,
                Optional.of(conversion.factor()),
                Optional.of(ome),
                Optional.of(conversion.verification()),
                conversion.citations(),
                calculation,
                conversion.label(),
                alternative,
                medication.enteredOtherwise(),
                alternative.isPresent() ? OmeLine.COUNTED_SOURCES_DISAGREE : OmeLine.COUNTED,
                perAdministration(medication),
                perAdministration(medication).flatMap(d -> medication.dosesPerDay()),
                inFactorUnit.unit() == daily.unit() ? Optional.empty() : Optional.of(inFactorUnit),
                Optional.empty(),
                aboveCeiling);
    }

    private static String flag(org.idds.cds.kernel.Verification verification) {
        return switch (verification) {
            case VERIFIED -> "";
            case UNVERIFIED -> " (factor unverified)";
            case CONTRADICTED -> " (factor contradicted by a source)";
        };
    }

    private static OmeLine notCounted(
            DrugEntry drug,
            Medication medication,
            Optional<Quantity> daily,
            String text,
            Optional<Quantity> ceiling,
            String calculation) {
        return new OmeLine(
                drug.name(),
                medication.route(),
                daily,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                calculation,
                Optional.empty(),
                Optional.empty(),
                medication.enteredOtherwise(),
                text,
                daily.flatMap(d -> perAdministration(medication)),
                daily.flatMap(d -> perAdministration(medication)).flatMap(d -> medication.dosesPerDay()),
                Optional.empty(),
                ceiling,
                false);
    }

    /** The dose per administration, when the dose is not a rate (it is then shown times the doses a day). */
    private static Optional<Quantity> perAdministration(Medication medication) {
        return medication.dose().filter(d -> d.unit().dimension() != Dimension.MASS_PER_TIME);
    }

    private static String head(Medication medication) {
        return medication.drug()
                + medication
                        .enteredOtherwise()
                        .map(e -> " (entered as " + e + ")")
                        .orElse("")
                + " " + medication.route().code() + ": ";
    }

    private static String describeGiven(Medication medication, Quantity daily) {
        String head = head(medication);
        Quantity dose = medication.dose().orElseThrow();
        if (dose.unit().dimension() == Dimension.MASS_PER_TIME) {
            return head + dose.display();
        }
        return head + dose.display() + " x "
                + medication.dosesPerDay().orElseThrow().stripTrailingZeros().toPlainString() + "/d = "
                + daily.display();
    }
}
