package org.idds.cds.kernel.units;

/**
 * Two valid UCUM units of different dimensions, such as {@code mg} (a mass) and {@code mL} (a volume): no factor
 * converts one into the other, and a quantity in one is never compared with, added to or converted into the other.
 */
public final class IncommensurableUnitsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    public IncommensurableUnitsException(String from, String fromDimension, String to, String toDimension) {
        super("'" + from + "' (" + fromDimension + ") and '" + to + "' (" + toDimension
                + ") are of different dimensions: one cannot be converted into the other");
        this.from = from;
        this.to = to;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
