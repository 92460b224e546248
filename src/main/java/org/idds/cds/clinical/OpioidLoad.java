package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
public record OpioidLoad(Quantity totalOme, boolean complete, List<OmeLine> lines, Quantity alternativeTotalOme)
        implements BasisFact, Governed {

    /** Where the total shows in a finding's basis: beside the medications it was computed from. */
    public static final String BASIS_PATH = "medications.oralMorphineEquivalent";

    /**
     * The note the total is read with when cited factors disagree (selection's outcomes file, {@code factNotes}): the
     * value is the total by the first-listed factors; the note's values are {@link #NOTE_VARIABLES}.
     */
    public static final String NOTE_FACTORS_DISAGREE = "omeTotal.factorsDisagree";

    /** The note the total is read with when it is a lower bound (some opioids not counted) and no factors disagree. */
    public static final String NOTE_LOWER_BOUND = "omeTotal.lowerBound";

    /** Every note the total can name; selection's outcomes file must word each. */
    public static final List<String> NOTES = List.of(NOTE_FACTORS_DISAGREE, NOTE_LOWER_BOUND);

    /**
     * The values a note of the total may use: the total ({@code value}), the total by the alternative factors, the
     * labels of the first-listed and of the alternative factors, and the opioids not counted (when the total is a
     * lower bound).
     */
    public static final List<String> NOTE_VARIABLES =
            List.of("value", "alternativeTotal", "factorLabels", "alternativeLabels", "notCounted");

    public OpioidLoad {
        lines = List.copyOf(lines);
    }

    /** A load where no cited source disagrees with another on a factor: one total. */
    public OpioidLoad(Quantity totalOme, boolean complete, List<OmeLine> lines) {
        this(totalOme, complete, lines, totalOme);
    }

    /** Total OME in mg/d by the first-listed factor of each line. */
    public BigDecimal omeMgPerDay() {
        return totalOme.value();
    }

    /** Total OME in mg/d by the alternative factor where cited sources disagree (else the same as the first). */
    public BigDecimal alternativeOmeMgPerDay() {
        return alternativeTotalOme.value();
    }

    /** The lower of the two totals, for rule comparisons: at or above a threshold means under every cited factor. */
    public BigDecimal omeLowMgPerDay() {
        return totalOme.value().min(alternativeTotalOme.value());
    }

    /** The higher of the two totals, for rule comparisons: below a threshold means under every cited factor. */
    public BigDecimal omeHighMgPerDay() {
        return totalOme.value().max(alternativeTotalOme.value());
    }

    /** The regimen holds at least one systemic opioid (counted or not). */
    public boolean isAnyOpioid() {
        return !lines.isEmpty();
    }

    /** Whether the cited factors give different totals. */
    public boolean factorsDisagree() {
        return totalOme.value().compareTo(alternativeTotalOme.value()) != 0;
    }

    @Override
    public List<BasisItem> basis() {
        String labels = lines.stream()
                .flatMap(l -> l.alternative().stream())
                .map(OmeLine.Alternative::label)
                .distinct()
                .collect(Collectors.joining(", "));
        String firstLabels = lines.stream()
                .filter(l -> l.alternative().isPresent())
                .flatMap(l -> l.factorLabel().stream())
                .distinct()
                .collect(Collectors.joining(", "));
        String total = totalOme.rounded().toPlainString();
        BasisItem item =
                new BasisItem(BASIS_PATH, total, Optional.of(totalOme.unit().ucum()));
        if (factorsDisagree()) {
            Map<String, String> args = new LinkedHashMap<>();
            args.put("alternativeTotal", alternativeTotalOme.rounded().toPlainString());
            args.put("factorLabels", firstLabels);
            args.put("alternativeLabels", labels);
            if (!complete) {
                args.put("notCounted", String.join(", ", notCounted()));
            }
            item = item.withNote(NOTE_FACTORS_DISAGREE, args);
        } else if (!complete) {
            item = item.withNote(NOTE_LOWER_BOUND, Map.of("notCounted", String.join(", ", notCounted())));
        }
        return List.of(item);
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
        List<GovernedFigure> figures = lines.stream()
                .filter(l -> l.factor().isPresent())
                .map(l -> new GovernedFigure(
                        l.factorFigure().orElseThrow(),
                        l.factor().orElseThrow().toPlainString(),
                        Optional.empty(),
                        l.factorVerification().orElseThrow(),
                        l.factorCitations()))
                .collect(Collectors.toCollection(java.util.ArrayList::new));
        lines.stream()
                .filter(l -> l.alternative().isPresent())
                .map(l -> {
                    OmeLine.Alternative a = l.alternative().orElseThrow();
                    return new GovernedFigure(
                            l.alternativeFigure().orElseThrow(),
                            a.factor().toPlainString(),
                            Optional.empty(),
                            a.verification(),
                            a.citations());
                })
                .forEach(figures::add);
        return figures;
    }
}
