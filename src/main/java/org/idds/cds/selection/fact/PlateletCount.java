package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.selection.InputField;

/** The platelet count as reported (accepted only in 10*9/L). */
public record PlateletCount(Quantity count) implements BasisFact {

    /** The count in 10*9/L, for comparison with the site's threshold (a parameter in the same unit). */
    public BigDecimal perNanolitre() {
        return count.to(Unit.PER_NANOLITRE).value();
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.PLATELET_COUNT, count));
    }
}
