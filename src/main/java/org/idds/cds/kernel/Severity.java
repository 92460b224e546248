package org.idds.cds.kernel;

import java.util.Comparator;

/** CDS Hooks card indicator: {@code info}, {@code warning} or {@code critical}. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    /** The order findings are answered in: critical, then warning, then info. */
    public static final Comparator<Severity> WORST_FIRST = Comparator.reverseOrder();

    public String cdsHooksCode() {
        return name().toLowerCase();
    }
}
