package org.idds.cds.dosing;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.units.Measure;

/**
 * A drug started intrathecally against its label's largest starting daily dose for the patient's opioid status
 * (Infumorph: 1 mg/d opioid-naive, 10 mg/d opioid-tolerant; ziconotide 2.4 ug/d). The daily dose compared is the basal
 * dose with every allowed bolus used. When the status is not stated, the opioid-naive start applies (the worst case).
 */
public record LabelStartingDose(
        String drug,
        IntrathecalDrug.StartStatusQuery appliedFor,
        boolean statusStated,
        Measure basalDaily,
        Measure maxDaily,
        IntrathecalDrug.LabelStart label)
        implements BasisFact, Governed {

    /** The basal dose with every bolus used is above the label's start for this patient. */
    public boolean isAboveLabelStart() {
        return maxDaily.compareQuantity(labelMax()) > 0;
    }

    private Measure labelMax() {
        return Measure.of(label.max().value(), label.max().unit().ucum());
    }

    @Override
    public List<BasisItem> basis() {
        String multiple = maxDaily.to(labelMax().unit())
                .value()
                .divide(labelMax().value())
                .toBigDecimal(MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_EVEN)
                .toPlainString();
        List<BasisItem> basis = new java.util.ArrayList<>();
        if (!statusStated) {
            basis.add(new BasisItem(
                    PrescriptionField.OPIOID_STATUS.path(),
                    "not stated: the opioid-naive start applies (the worst case)",
                    Optional.empty()));
        }
        basis.add(new BasisItem(
                "derived." + drug + ".basalDailyDose",
                Amount.shown(basalDaily).toPlainString(),
                Optional.of(basalDaily.unit())));
        basis.add(new BasisItem(
                "derived." + drug + ".maxDailyDoseWithAllBoluses",
                Amount.shown(maxDaily).toPlainString(),
                Optional.of(maxDaily.unit())));
        basis.add(new BasisItem("derived." + drug + ".multipleOfLabelStart", multiple, Optional.empty()));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return List.of(GovernedFigure.of(
                "library." + drug + ".labelStartingDailyDose." + label.opioidStatus(),
                label.max(),
                label.verification(),
                label.citations()));
    }
}
