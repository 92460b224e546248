package org.idds.cds.clinical;

import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Verification;

/**
 * A drug combination (or a single drug) whose stability in the reservoir was studied, for how long: a refill interval
 * beyond {@code studiedDuration} is outside the evidence. {@code components} are generic names, in any order.
 */
public record Admixture(
        List<String> components,
        Quantity studiedDuration,
        Verification verification,
        String note,
        List<Citation> citations) {

    public Admixture {
        components = List.copyOf(components);
    }

    /** Whether this study covers exactly these drugs (order ignored). */
    public boolean covers(List<String> drugs) {
        return components.size() == drugs.size() && components.containsAll(drugs) && drugs.containsAll(components);
    }
}
