package org.idds.cds.kernel;

import java.math.BigDecimal;
import java.util.List;

/**
 * A governed number a rule compares against (a threshold, band limit or site policy value), inserted into the
 * rule session as a fact so that DRL never carries clinical literals.
 */
public record Parameter(
        String key,
        BigDecimal value,
        Unit unit,
        String description,
        Verification verification,
        List<Citation> citations,
        List<String> usedBy)
        implements Governed {

    /** For a site-policy switch (unit {@code 1}): any value other than 0 means the policy is on. */
    public boolean enabled() {
        return value.signum() != 0;
    }

    public Quantity quantity() {
        return new Quantity(value, unit);
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return List.of(GovernedFigure.of(key, quantity(), description, verification, citations));
    }
}
