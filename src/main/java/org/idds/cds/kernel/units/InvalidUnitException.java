package org.idds.cds.kernel.units;

/**
 * A unit code that is not UCUM (for instance {@code mcg}, which UCUM writes {@code ug}), or that is UCUM but has no
 * conversion factor (a special unit on a non-ratio scale: {@code Cel}, {@code [degF]}, {@code [pH]}, logarithmic
 * units), or that is outside this package's bounds (too long, an exponent too large).
 */
public final class InvalidUnitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public InvalidUnitException(String code, String reason) {
        super(reason);
        this.code = code;
    }

    /** The refused code as given (may be null). */
    public String code() {
        return code;
    }
}
