package org.idds.cds.clinical.trial;

import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;

/** What is observed during the trial and how often, as the source gives it. */
public record MonitoringItem(String what, String schedule, Verification verification, List<Citation> citations) {

    public MonitoringItem {
        citations = List.copyOf(citations);
    }
}
