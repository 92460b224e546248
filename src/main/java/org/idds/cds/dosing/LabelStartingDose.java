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
 * Since ruleset 2026.12.3 DOS-SD-002 compares {@link #maxDailyIn} with the label figure
 * ({@link LibraryLimit.Figure#LABEL_STARTING_DAILY_DOSE}) in DRL; {@link #isAboveLabelStart()} is kept for the archived
 * rulesets' DRL.
 */
public record LabelStartingDose(
        String drug,
        IntrathecalDrug.StartStatusQuery appliedFor,
        boolean statusStated,
        Measure basalDaily,
        Measure maxDaily,
        IntrathecalDrug.LabelStart label)
        implements BasisFact, Governed {

    /** The key of the label's start figure, as the findings show it. */
    public static String key(String drug, IntrathecalDrug.LabelStart label) {
        return "library." + drug + ".labelStartingDailyDose." + label.opioidStatus();
    }

    /** The basal dose with every bolus used, in the unit of the library figure the rules compare it with. */
    public java.math.BigDecimal maxDailyIn(LibraryLimit limit) {
        return maxDaily.to(limit.unit()).toBigDecimal(MathContext.DECIMAL64);
    }

    /**
     * The basal dose with every bolus used is above the label's start for this patient. Kept for the archived
     * rulesets' DRL (DOS-SD-002 there); the bundled DRL compares {@link #maxDailyIn}.
     */
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
            basis.add(new BasisItem(PrescriptionField.OPIOID_STATUS.path(), "not stated", Optional.empty())
                    .withNote(CalculationTexts.N_OPIOID_STATUS_NOT_STATED));
        }
        basis.add(Amount.basisItem("derived." + drug + ".basalDailyDose", basalDaily));
        basis.add(Amount.basisItem("derived." + drug + ".maxDailyDoseWithAllBoluses", maxDaily));
        basis.add(new BasisItem("derived." + drug + ".multipleOfLabelStart", multiple, Optional.empty()));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return List.of(GovernedFigure.of(key(drug, label), label.max(), label.verification(), label.citations()));
    }
}
