package org.idds.cds.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.idds.cds.selection.patient.Labs;
import org.idds.cds.selection.patient.WorkUp;
import org.junit.jupiter.api.Test;

/** A record of optional answers none of which was given: every component empty, built one way. */
class NotGivenTest {

    private record NotAllOptional(Optional<Boolean> asked, int count) {}

    @Test
    void everyComponentIsEmpty() {
        Labs labs = NotGiven.all(Labs.class);
        assertEquals(Optional.empty(), labs.plateletCount());
        assertEquals(Optional.empty(), labs.creatinineClearance());
        assertEquals(Labs.unknown(), labs);
        assertEquals(Optional.empty(), WorkUp.unknown().spinalImagingDate());
    }

    @Test
    void aRecordWithAComponentThatIsNotOptionalIsRefused() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> NotGiven.all(NotAllOptional.class));
        assertEquals("NotAllOptional.count is not optional", refused.getMessage());
    }
}
