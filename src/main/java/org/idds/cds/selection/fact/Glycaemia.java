package org.idds.cds.selection.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.selection.InputField;

/**
 * Whether the patient has diabetes, with the latest HbA1c when given (shown as reported, in its own scale: % and
 * mmol/mol are never converted into each other). No guideline read sets an HbA1c cut-off for delaying surgery, so
 * no rule compares it with one.
 */
public record Glycaemia(boolean diabetes, Optional<Quantity> hba1c) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(BasisItem.of(InputField.DIABETES, diabetes));
        hba1c.ifPresent(h -> basis.add(BasisItem.of(InputField.GLYCATED_HAEMOGLOBIN, h)));
        return basis;
    }
}
