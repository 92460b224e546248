package org.idds.cds.kernel.answer;

import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;

/** A citation by its source key and whether the cited content was read there; locator and grade are ruleset text. */
public record CitationRef(String source, boolean verified) {

    public static CitationRef of(Citation citation) {
        return new CitationRef(citation.sourceKey(), citation.verification() == Verification.VERIFIED);
    }

    public static List<CitationRef> of(List<Citation> citations) {
        return citations.stream().map(CitationRef::of).toList();
    }
}
