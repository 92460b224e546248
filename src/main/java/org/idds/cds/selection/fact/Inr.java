package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/**
 * The INR, with the reporting laboratory's upper reference limit when given: "normal" is judged against that limit.
 * The INR is a standardised ratio, so a result may come without its limit; the rules then compare it with the
 * governed figures for that case (a warning above the usual upper limit of normal, a deferral at a level no
 * laboratory calls normal), never with a guessed laboratory range.
 */
public record Inr(BigDecimal value, Optional<BigDecimal> upperReferenceLimit) implements BasisFact {

    public Inr(BigDecimal value, BigDecimal upperReferenceLimit) {
        this(value, Optional.of(upperReferenceLimit));
    }

    public boolean isReferenceLimitGiven() {
        return upperReferenceLimit.isPresent();
    }

    /** Above the laboratory's own limit; false when the limit was not given (other rules judge that case). */
    public boolean isAboveReferenceRange() {
        return upperReferenceLimit.map(limit -> value.compareTo(limit) > 0).orElse(false);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> items = new ArrayList<>();
        items.add(BasisItem.of(InputField.INR, value.toPlainString()));
        items.add(new BasisItem(
                InputField.INR.path() + "UpperReferenceLimit",
                upperReferenceLimit.map(BigDecimal::toPlainString).orElse("not given"),
                Optional.empty()));
        return items;
    }
}
