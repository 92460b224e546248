package org.idds.cds.support;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.idds.cds.audit.AnswerClock;

/**
 * Tests make every answer (a prescription check's dates above all) as if on the fixed assessment date (still moving
 * forward, so the order of the answers is kept): the cases' fill dates stay inside the date windows as the calendar
 * moves on.
 */
@Mock
@ApplicationScoped
public class FixedCheckClock extends AnswerClock {

    public static final Instant START =
            FixedAssessmentCalendar.ASSESSMENT_DATE.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);

    private final Duration offset = Duration.between(Instant.now(), START);

    @Override
    public Instant now() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }
}
