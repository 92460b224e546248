package org.idds.cds.kernel;

/** CDS Hooks card indicator: {@code info}, {@code warning} or {@code critical}. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public String cdsHooksCode() {
        return name().toLowerCase();
    }
}
