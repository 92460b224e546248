package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Quantity;

/**
 * Total oral morphine equivalent of the current systemic opioids. When an opioid has no governed conversion
 * ({@code complete == false}) the total is a lower bound and the rules treat it so.
 */
public record OpioidLoad(Quantity totalOme, boolean complete, List<OmeLine> lines) implements BasisFact, Governed {

    /** Where the total shows in a finding's basis: beside the medications it was computed from. */
    public static final String BASIS_PATH = "medications.oralMorphineEquivalent";

    public OpioidLoad {
        lines = List.copyOf(lines);
    }

    /** Total OME in mg/d, for rule comparisons. */
    public BigDecimal omeMgPerDay() {
        return totalOme.value();
    }

    @Override
    public List<BasisItem> basis() {
        String shown = totalOme.rounded().toPlainString()
                + (complete ? "" : " (lower bound: not counted: " + String.join(", ", notCounted()) + ")");
        return List.of(
                new BasisItem(BASIS_PATH, shown, Optional.of(totalOme.unit().ucum())));
    }

    /** The opioids left out of the total (no dose, no governed factor, neuraxial, or an unconfirmed implausible dose). */
    public List<String> notCounted() {
        return lines.stream()
                .filter(l -> l.ome().isEmpty())
                .map(l -> l.drug() + " " + l.route().code())
                .toList();
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return lines.stream()
                .filter(l -> l.factor().isPresent())
                .map(l -> new GovernedFigure(
                        "ome-factor." + l.drug() + "." + l.route().code(),
                        l.factor().orElseThrow().toPlainString(),
                        Optional.empty(),
                        "Oral morphine equivalent conversion factor for " + l.drug() + " "
                                + l.route().code(),
                        l.factorVerification().orElseThrow(),
                        l.factorCitations()))
                .collect(Collectors.toList());
    }
}
