package org.idds.cds.domain.fact;

import java.util.List;
import java.util.Optional;
import org.idds.cds.domain.BasisFact;
import org.idds.cds.domain.BasisItem;
import org.idds.cds.domain.InputField;

/** An input the request did not give. Rules that need it report it rather than guess. */
public record MissingInput(InputField field) implements BasisFact {

    public static final String NOT_GIVEN = "(not given)";

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(field.path(), NOT_GIVEN, Optional.empty()));
    }
}
