package org.idds.cds.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.idds.cds.kernel.units.Ratio;
import org.idds.cds.kernel.units.Ucum;

/**
 * The UCUM units this engine accepts: a policy allow-list over UCUM. Each constant names its exact UCUM code and the
 * dimension it may be compared within; the conversion factors come from the UCUM essence through {@link Ucum}
 * (exact ratios), never from hand-written decimals. Codes are UCUM case-sensitive: {@code ug} is a microgram,
 * {@code mg} a milligram; the non-UCUM spelling {@code mcg} is refused so a mg/microgram slip cannot pass silently.
 * Which of these a given input field accepts is decided where that field is read (drug catalogue dose units, time
 * units for durations).
 */
public enum Unit {
    /** UCUM annotated unity, for scale scores. */
    SCORE("{score}", Dimension.DIMENSIONLESS),
    G("g", Dimension.MASS),
    MG("mg", Dimension.MASS),
    UG("ug", Dimension.MASS),
    MG_PER_DAY("mg/d", Dimension.MASS_PER_TIME),
    UG_PER_DAY("ug/d", Dimension.MASS_PER_TIME),
    MG_PER_HOUR("mg/h", Dimension.MASS_PER_TIME),
    UG_PER_HOUR("ug/h", Dimension.MASS_PER_TIME),
    ML("mL", Dimension.VOLUME),
    MG_PER_ML("mg/mL", Dimension.MASS_CONCENTRATION),
    UG_PER_ML("ug/mL", Dimension.MASS_CONCENTRATION),
    ML_PER_DAY("mL/d", Dimension.VOLUME_PER_TIME),
    ML_PER_HOUR("mL/h", Dimension.VOLUME_PER_TIME),
    /** Creatinine clearance. */
    ML_PER_MINUTE("mL/min", Dimension.VOLUME_PER_TIME),
    /** Cell counts (platelets) in billions per litre, the SI reporting unit. */
    PER_NANOLITRE("10*9/L", Dimension.COUNT_CONCENTRATION),
    /** Clotting times (aPTT). */
    SECOND("s", Dimension.TIME),
    /** Lockout intervals between patient boluses. */
    MINUTE("min", Dimension.TIME),
    /**
     * HbA1c as the DCCT/NGSP percentage. Its own dimension: UCUM would read % and mmol/mol as one dimensionless
     * quantity (1 % = 10 mmol/mol), but the NGSP and IFCC HbA1c scales are related by a master equation with an
     * offset, so a factor conversion between them would be silently wrong. They are never converted.
     */
    HBA1C_PERCENT("%", Dimension.HBA1C_NGSP),
    /** HbA1c in IFCC mmol/mol (see {@link #HBA1C_PERCENT}: never converted to or from %). */
    HBA1C_MMOL_PER_MOL("mmol/mol", Dimension.HBA1C_IFCC),
    HOUR("h", Dimension.TIME),
    DAY("d", Dimension.TIME),
    WEEK("wk", Dimension.TIME),
    /** UCUM mean Julian month: 30.4375 days. */
    MONTH("mo", Dimension.TIME),
    /** UCUM mean Julian year: 365.25 days. */
    YEAR("a", Dimension.TIME),
    /** UCUM unity: a count, or a site-policy switch (0 off, 1 on). */
    ONE("1", Dimension.DIMENSIONLESS);

    private final String ucum;
    private final Dimension dimension;

    Unit(String ucum, Dimension dimension) {
        this.ucum = ucum;
        this.dimension = dimension;
    }

    public String ucum() {
        return ucum;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The exact factor from this unit to {@code target} (same dimension), from the UCUM essence. */
    public Ratio factorTo(Unit target) {
        if (target.dimension != dimension) {
            throw new UnitMismatchException(this, target);
        }
        return Ucum.shared().factor(ucum, target.ucum);
    }

    public static Optional<Unit> fromUcum(String code) {
        return Arrays.stream(values()).filter(u -> u.ucum.equals(code)).findFirst();
    }

    /**
     * Explains why a unit text is not accepted: names the UCUM code when the text is a common non-UCUM form, and says
     * when the text is valid UCUM that this engine does not accept.
     */
    public static String whyNotAccepted(String code) {
        String hint = switch (code == null ? "" : code.trim().toLowerCase(Locale.ROOT)) {
            case "mcg", "µg", "μg" -> " Use the UCUM code 'ug' for micrograms.";
            case "mcg/h", "mcg/hr", "µg/h" -> " Use the UCUM code 'ug/h'.";
            case "mcg/d", "mcg/day", "µg/d" -> " Use the UCUM code 'ug/d'.";
            case "mg/day", "mg/24h" -> " Use the UCUM code 'mg/d'.";
            case "month", "months" -> " Use the UCUM code 'mo'.";
            case "week", "weeks" -> " Use the UCUM code 'wk'.";
            case "day", "days" -> " Use the UCUM code 'd'.";
            case "year", "years", "y", "yr" -> " Use the UCUM code 'a'.";
            default -> "";
        };
        return "'" + code + "' is not an accepted UCUM unit." + hint;
    }
}
