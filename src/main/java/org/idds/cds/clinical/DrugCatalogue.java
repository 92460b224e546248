package org.idds.cds.clinical;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The drugs a request may name. Names are lower-case generic (INN) names. */
public record DrugCatalogue(Map<String, DrugEntry> drugs) {

    public DrugCatalogue {
        drugs = Map.copyOf(drugs);
    }

    public static DrugCatalogue of(List<DrugEntry> entries) {
        return new DrugCatalogue(entries.stream().collect(Collectors.toMap(DrugEntry::name, Function.identity())));
    }

    public Optional<DrugEntry> find(String name) {
        return Optional.ofNullable(drugs.get(name));
    }
}
