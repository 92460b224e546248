package org.idds.cds.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The assessment date (UTC) that dated inputs, such as the date of spinal imaging, are judged against. A replay
 * uses the date the assessment was stored instead, so it answers as it did then.
 */
@ApplicationScoped
public class AssessmentCalendar {

    public LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
