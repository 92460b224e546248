package org.idds.cds.kernel;

/** Raised when a quantity is converted to a unit of another dimension (for example mg to mg/d). */
public final class UnitMismatchException extends RuntimeException {
    public UnitMismatchException(Unit from, Unit to) {
        super("Cannot convert " + from.ucum() + " to " + to.ucum() + ": different dimensions");
    }
}
