package org.idds.cds.dosing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The instant a prescription check is made (its {@code assessedAt}, stored, and the instant its dates are judged
 * against). A replay uses the stored instant instead, never this clock.
 */
@ApplicationScoped
public class CheckClock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
