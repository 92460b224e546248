package org.idds.cds.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The instant a check is made (a prescription check, a procedure check, a follow-up check, a trial evaluation, an MDT
 * case, a trial plan): its {@code assessedAt}, stored as the row's {@code created_at}, and the instant its dates are
 * judged against (a prescription's fill and start dates). A replay uses the stored instant instead, never this clock.
 * Tests make these checks as if on a fixed day ({@code support.FixedCheckClock}). Candidacy assessments and referral
 * checks are dated by {@code selection.service.AssessmentCalendar} and keep real time for their instant.
 */
@ApplicationScoped
public class AnswerClock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
