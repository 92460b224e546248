package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;

/**
 * What the prescription is, for the rules: its context, the patient's opioid status where stated, and the length of
 * an interruption before a restart (empty: not known, which counts as the worst case).
 */
public record PrescriptionSituation(
        PrescriptionContext context, Optional<OpioidStatus> opioidStatus, Optional<Quantity> interruption)
        implements BasisFact {

    public boolean isStart() {
        return context.isStart();
    }

    public boolean isOpioidNaive() {
        return opioidStatus.filter(s -> s == OpioidStatus.OPIOID_NAIVE).isPresent();
    }

    public boolean isOpioidTolerant() {
        return opioidStatus.filter(s -> s == OpioidStatus.OPIOID_TOLERANT).isPresent();
    }

    public boolean isInterruptionKnown() {
        return interruption.isPresent();
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(new BasisItem("context", context.name(), Optional.empty()));
        opioidStatus.ifPresent(s -> basis.add(new BasisItem("patient.opioidStatus", s.name(), Optional.empty())));
        if (context == PrescriptionContext.RESTART_AFTER_INTERRUPTION) {
            basis.add(interruption
                    .map(i -> new BasisItem(
                            "interruption",
                            i.value().toPlainString(),
                            Optional.of(i.unit().ucum())))
                    .orElse(new BasisItem("interruption", "not known", Optional.empty())
                            .withNote(CalculationTexts.N_INTERRUPTION_WORST_CASE)));
        }
        return basis;
    }
}
