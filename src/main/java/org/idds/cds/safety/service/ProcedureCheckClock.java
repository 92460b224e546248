package org.idds.cds.safety.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The instant a procedure check is made (its {@code assessedAt}, stored; the planned time must not be before it). A
 * replay uses the stored instant instead, never this clock.
 */
@ApplicationScoped
public class ProcedureCheckClock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
