package org.idds.cds.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A moment in a rule's basis is shown as the request gave it: date, time and offset. */
class BasisItemTest {

    @Test
    void aTimeKeepsItsOffsetAndHasNoUnit() {
        BasisItem at = BasisItem.time("event.at", OffsetDateTime.parse("2026-03-02T08:00+01:00"));
        assertEquals(new BasisItem("event.at", "2026-03-02T08:00:00+01:00", Optional.empty()), at);
    }
}
