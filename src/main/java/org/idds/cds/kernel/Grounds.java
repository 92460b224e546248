package org.idds.cds.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fired rule stood on, read from the facts it matched: the patient or prescription facts (its basis) and the
 * governed figures those facts carry (each figure once, by key, in the order met). Every concern shows a finding's
 * grounds this way.
 */
public record Grounds(List<BasisItem> basis, List<GovernedFigure> figures) {

    public Grounds {
        basis = List.copyOf(basis);
        figures = List.copyOf(figures);
    }

    public static Grounds of(List<?> matchedFacts) {
        List<BasisItem> basis = new ArrayList<>();
        Map<String, GovernedFigure> figures = new LinkedHashMap<>();
        for (Object fact : matchedFacts) {
            if (fact instanceof BasisFact b) {
                basis.addAll(b.basis());
            }
            if (fact instanceof Governed g) {
                g.governedFigures().forEach(f -> figures.putIfAbsent(f.key(), f));
            }
        }
        return new Grounds(basis, List.copyOf(figures.values()));
    }

    /** The keys of the figures not read in their cited source. */
    public List<String> unverifiedFigures() {
        return figures.stream()
                .filter(f -> f.verification() != Verification.VERIFIED)
                .map(GovernedFigure::key)
                .toList();
    }
}
