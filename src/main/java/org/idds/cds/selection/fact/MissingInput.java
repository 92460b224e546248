package org.idds.cds.selection.fact;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/** An input the request did not give. Rules that need it report it rather than guess. */
public record MissingInput(InputField field) implements BasisFact {

    public static final String NOT_GIVEN = "(not given)";

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(field.path(), NOT_GIVEN, Optional.empty()));
    }
}
