package org.idds.cds.selection.patient;

import java.util.Optional;
import org.idds.cds.kernel.NotGiven;

/** Psychiatric history that decides whether ziconotide may be offered; an empty value means "not known". */
public record PsychiatricHistory(Optional<Boolean> psychosis, Optional<Boolean> severePsychiatricDisorder) {

    public static PsychiatricHistory unknown() {
        return NotGiven.all(PsychiatricHistory.class);
    }
}
