package org.idds.cds.safety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;

/**
 * A dated laboratory result with its laboratory's reference limits as given ({@code lower}, {@code upper}). {@link #ageIn} is the time from the
 * day it was taken to the planned procedure, in the unit of the figure it meets: a result is judged against the
 * procedure date, never read as current. {@link #getUpperLimit()} is only read after {@code upperLimitGiven}.
 */
public record Lab(
        LabTest test,
        BigDecimal value,
        String unit,
        Optional<BigDecimal> lower,
        Optional<BigDecimal> upper,
        LocalDate takenOn,
        OffsetDateTime procedureAt)
        implements BasisFact {

    public boolean isUpperLimitGiven() {
        return upper.isPresent();
    }

    public BigDecimal getUpperLimit() {
        return upper.orElseThrow();
    }

    public boolean isLowerLimitGiven() {
        return lower.isPresent();
    }

    /** Only read after {@code lowerLimitGiven}. */
    public BigDecimal getLowerLimit() {
        return lower.orElseThrow();
    }

    /** Reported in the unit of {@code figure} (an HbA1c and a site limit on the same scale: never converted). */
    public boolean inUnitOf(Parameter figure) {
        return figure.unit().ucum().equals(unit);
    }

    /** Taken on the day of the last chemotherapy or after it. */
    public boolean takenOnOrAfter(LastChemotherapy chemotherapy) {
        return !takenOn.isBefore(chemotherapy.on());
    }

    public BigDecimal ageIn(Parameter figure) {
        ZoneOffset offset = procedureAt.getOffset();
        return Durations.between(takenOn.atStartOfDay().toInstant(offset), procedureAt.toInstant(), figure);
    }

    /** Whole days from the day it was taken to the day of the procedure (shown with the result). */
    /**
     * Taken on a day after the drug's last dose (in the last dose's own offset), so it can show the drug's effect has
     * gone; a result from the day of the last dose or before cannot (which came first that day is not known).
     */
    public boolean takenAfterTheLastDoseOf(Antithrombotic drug) {
        return takenOn.isAfter(drug.lastDose().toLocalDate());
    }

    public long daysBeforeProcedure() {
        return java.time.temporal.ChronoUnit.DAYS.between(takenOn, procedureAt.toLocalDate());
    }

    @Override
    public List<BasisItem> basis() {
        String at = switch (test) {
            case HBA1C -> "infection.hba1c";
            case NEUTROPHILS -> "infection.neutrophils";
            default -> "labs[" + test.name() + "]";
        };
        List<BasisItem> items = new ArrayList<>();
        items.add(new BasisItem(at + ".value", value.stripTrailingZeros().toPlainString(), Optional.of(unit)));
        lower.ifPresent(l -> items.add(
                new BasisItem(at + ".lowerLimit", l.stripTrailingZeros().toPlainString(), Optional.of(unit))));
        upper.ifPresent(u -> items.add(
                new BasisItem(at + ".upperLimit", u.stripTrailingZeros().toPlainString(), Optional.of(unit))));
        items.add(new BasisItem(at + ".takenOn", takenOn.toString(), Optional.empty()));
        items.add(new BasisItem(at + ".daysBeforeProcedure", Long.toString(daysBeforeProcedure()), Optional.of("d")));
        return items;
    }
}
