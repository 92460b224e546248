package org.idds.cds.kernel;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The UCUM units this engine accepts, each with its exact UCUM code and its factor to the dimension's base
 * (mg, mg/d, d). Codes are UCUM case-sensitive: {@code ug} is a microgram, {@code mg} a milligram; the non-UCUM
 * spelling {@code mcg} is refused so a mg/microgram slip cannot pass silently.
 */
public enum Unit {
    /** UCUM annotated unity, for scale scores. */
    SCORE("{score}", Dimension.DIMENSIONLESS, "1"),
    G("g", Dimension.MASS, "1000"),
    MG("mg", Dimension.MASS, "1"),
    UG("ug", Dimension.MASS, "0.001"),
    MG_PER_DAY("mg/d", Dimension.MASS_PER_TIME, "1"),
    UG_PER_DAY("ug/d", Dimension.MASS_PER_TIME, "0.001"),
    MG_PER_HOUR("mg/h", Dimension.MASS_PER_TIME, "24"),
    UG_PER_HOUR("ug/h", Dimension.MASS_PER_TIME, "0.024"),
    HOUR("h", Dimension.TIME, "0.041666666666666667"),
    DAY("d", Dimension.TIME, "1"),
    WEEK("wk", Dimension.TIME, "7"),
    /** UCUM mean Julian month: 30.4375 days. */
    MONTH("mo", Dimension.TIME, "30.4375"),
    /** UCUM mean Julian year: 365.25 days. */
    YEAR("a", Dimension.TIME, "365.25");

    private final String ucum;
    private final Dimension dimension;
    private final BigDecimal toBase;

    Unit(String ucum, Dimension dimension, String toBase) {
        this.ucum = ucum;
        this.dimension = dimension;
        this.toBase = new BigDecimal(toBase);
    }

    public String ucum() {
        return ucum;
    }

    public Dimension dimension() {
        return dimension;
    }

    BigDecimal toBase() {
        return toBase;
    }

    public static Optional<Unit> fromUcum(String code) {
        return Arrays.stream(values()).filter(u -> u.ucum.equals(code)).findFirst();
    }

    /** Explains why a unit text is not accepted, naming the UCUM code when the text is a common non-UCUM form. */
    public static String whyNotAccepted(String code) {
        String hint = switch (code == null ? "" : code.trim().toLowerCase()) {
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
