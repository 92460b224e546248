package org.idds.cds.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The instant an answer is made, whatever its kind: its {@code assessedAt}, stored as the row's {@code created_at},
 * and the instant a check's dates are judged against (a prescription's fill and start dates). A replay uses the stored
 * instant instead, never this clock. Tests make every answer as if on a fixed day ({@code support.FixedCheckClock}).
 */
@ApplicationScoped
public class AnswerClock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
