package org.idds.cds.selection.fact;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/** Breakthrough pain episodes a day, as reported. */
public record BreakthroughPain(int episodesPerDay) implements BasisFact {

    /** At least one episode a day. */
    public boolean isAnyEpisodes() {
        return episodesPerDay > 0;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.BREAKTHROUGH_EPISODES, episodesPerDay));
    }
}
