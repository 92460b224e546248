package org.idds.cds.kernel;

/** A rule read the value of a parameter that ships without one (a site must set it) without checking it is set. */
public final class ParameterNotSetException extends IllegalStateException {

    public ParameterNotSetException(String key) {
        super("parameter " + key + " has no value: a site sets it; rules must match set == true before reading it");
    }
}
