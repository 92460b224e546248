package org.idds.cds.engine;

import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/** Counts one session's agenda and working-memory events for {@link EvaluationWork}; it only counts. */
final class WorkCounter extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private int matchesCreated;
    private int matchesCancelled;
    private int factsInserted;

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        matchesCreated++;
    }

    @Override
    public void matchCancelled(MatchCancelledEvent event) {
        matchesCancelled++;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        factsInserted++;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // not counted: facts are immutable records
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // not counted: rules do not retract
    }

    EvaluationWork work(int rulesFired) {
        return new EvaluationWork(rulesFired, matchesCreated, matchesCancelled, factsInserted);
    }
}
