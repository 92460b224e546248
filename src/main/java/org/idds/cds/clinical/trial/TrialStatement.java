package org.idds.cds.clinical.trial;

import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;

/** One statement of a protocol (a product to use, a prerequisite, naloxone at hand) with its sources. */
public record TrialStatement(String text, Verification verification, List<Citation> citations) {

    public TrialStatement {
        citations = List.copyOf(citations);
    }
}
