package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** The prescription is for a fully implanted pump (not an externalised system): a first dose there follows surgery. */
public record ImplantedPump(String deviceId) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(
                new BasisItem("deviceId", deviceId, Optional.empty()).withNote(CalculationTexts.N_IMPLANTED_PUMP));
    }
}
