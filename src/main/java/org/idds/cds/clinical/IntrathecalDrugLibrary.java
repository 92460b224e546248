package org.idds.cds.clinical;

import java.util.List;
import java.util.Optional;

/** The intrathecal drug library: the drugs with their limits, and the admixtures whose stability was studied. */
public record IntrathecalDrugLibrary(List<IntrathecalDrug> drugs, List<Admixture> admixtures) {

    public static final IntrathecalDrugLibrary EMPTY = new IntrathecalDrugLibrary(List.of(), List.of());

    public IntrathecalDrugLibrary {
        drugs = List.copyOf(drugs);
        admixtures = List.copyOf(admixtures);
    }

    public Optional<IntrathecalDrug> find(String generic) {
        return drugs.stream().filter(d -> d.name().equals(generic)).findFirst();
    }

    /** The study of exactly these reservoir contents, if any. */
    public Optional<Admixture> stabilityOf(List<String> contents) {
        return admixtures.stream().filter(a -> a.covers(contents)).findFirst();
    }
}
