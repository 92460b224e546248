package org.idds.cds.selection.patient;

import java.util.Optional;

/** Psychiatric history that decides whether ziconotide may be offered; an empty value means "not known". */
public record PsychiatricHistory(Optional<Boolean> psychosis, Optional<Boolean> severePsychiatricDisorder) {

    public static PsychiatricHistory unknown() {
        return new PsychiatricHistory(Optional.empty(), Optional.empty());
    }
}
