package org.idds.cds.support;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.idds.cds.selection.service.AssessmentCalendar;

/**
 * Tests judge dated inputs (spinal imaging) against a fixed assessment date, so that a case's answer and snapshot
 * do not change as the calendar moves on.
 */
@Mock
@ApplicationScoped
public class FixedAssessmentCalendar extends AssessmentCalendar {

    public static final LocalDate ASSESSMENT_DATE = LocalDate.parse("2026-12-01");

    @Override
    public LocalDate today() {
        return ASSESSMENT_DATE;
    }
}
