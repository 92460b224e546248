package org.idds.cds.domain;

/** CDS Hooks card indicator: {@code info}, {@code warning} or {@code critical}. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public String cdsHooksCode() {
        return name().toLowerCase();
    }
}
