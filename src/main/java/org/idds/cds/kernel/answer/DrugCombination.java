package org.idds.cds.kernel.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * A drug option as a clinician reads it, "morphine + bupivacaine": the drugs in the algorithm's order, joined by
 * {@code " + "}. One rule for the algorithm, the composed MDT answer, the stored-answer reader and the full view.
 */
public final class DrugCombination {

    private DrugCombination() {}

    public static String label(Iterable<String> drugs) {
        List<String> names = new ArrayList<>();
        drugs.forEach(names::add);
        return String.join(" + ", names);
    }
}
