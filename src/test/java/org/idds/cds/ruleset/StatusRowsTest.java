package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A status policy of an outcomes file: the first row one of whose triggers is present gives the status. */
class StatusRowsTest {

    private record Row(Set<String> any, String status) {}

    private static final List<Row> ROWS = List.of(
            new Row(Set.of("CRITICAL"), "STOP"),
            new Row(Set.of("WARNING", "INFO"), "CAUTION"),
            new Row(Set.of(), "OK"));

    @Test
    void theFirstRowWithATriggerPresentGivesTheStatusAndARowWithoutTriggersAlwaysHolds() {
        assertEquals("STOP", StatusRows.first(ROWS, Row::any, Row::status, Set.of("INFO", "CRITICAL"), "status"));
        assertEquals("CAUTION", StatusRows.first(ROWS, Row::any, Row::status, Set.of("INFO"), "status"));
        assertEquals("OK", StatusRows.first(ROWS, Row::any, Row::status, Set.of(), "status"));
    }

    @Test
    void theFirstHoldingRowIsFoundWithoutAStatusPolicyDemandingOne() {
        assertEquals(Optional.of(ROWS.get(1)), StatusRows.firstHolding(ROWS, Row::any, Set.of("WARNING")));
        assertEquals(Optional.empty(), StatusRows.firstHolding(ROWS.subList(0, 2), Row::any, Set.of()));
        assertTrue(StatusRows.holds(Set.of(), Set.of()));
        assertFalse(StatusRows.holds(Set.of("CRITICAL"), Set.of("INFO")));
    }

    @Test
    void aPolicyWhoseLastRowWaitsForSomethingIsRefusedNamingWhere() {
        List<String> problems = new ArrayList<>();
        StatusRows.checkLastAlwaysHolds("x.json $.statusPolicy", ROWS, Row::any, problems);
        assertEquals(List.of(), problems);
        StatusRows.checkLastAlwaysHolds("x.json $.statusPolicy", ROWS.subList(0, 2), Row::any, problems);
        StatusRows.checkLastAlwaysHolds("x.json $.planning.statusPolicy", List.of(), Row::any, problems);
        assertEquals(
                List.of(
                        "x.json $.statusPolicy: the last row must always hold (\"when\": {})",
                        "x.json $.planning.statusPolicy: the last row must always hold (\"when\": {})"),
                problems);
        IllegalStateException none = assertThrows(
                IllegalStateException.class,
                () -> StatusRows.first(ROWS.subList(0, 1), Row::any, Row::status, Set.of(), "planning"));
        assertEquals("the planning policy has no row that always holds", none.getMessage());
    }
}
