package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/**
 * Dated spinal imaging: the date it was done and the assessment date it is judged against, so that its age in days
 * can be compared with the site's maximum imaging age. Canal patency counts only from imaging with its date.
 */
public record SpinalImaging(LocalDate date, LocalDate assessmentDate) implements BasisFact {

    /** Whole days from the imaging to the assessment. */
    public BigDecimal ageDays() {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(date, assessmentDate));
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                BasisItem.of(InputField.SPINAL_IMAGING_DATE, date),
                new BasisItem(
                        "derived.spinalImagingAge",
                        ageDays().toPlainString() + " (assessment date " + assessmentDate + ")",
                        Optional.of("d")));
    }
}
