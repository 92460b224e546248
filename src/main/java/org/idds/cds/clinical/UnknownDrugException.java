package org.idds.cds.clinical;

/** A drug (or drug and route) that is not in the catalogue of the ruleset in use. */
public final class UnknownDrugException extends RuntimeException {
    public UnknownDrugException(String drug) {
        super("Not in the drug catalogue: " + drug);
    }
}
