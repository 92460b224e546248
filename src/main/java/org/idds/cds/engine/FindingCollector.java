package org.idds.cds.engine;

import java.util.ArrayList;
import java.util.List;
import org.idds.cds.kernel.RuleOutput;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to one session: remembers the match being fired, and attributes each {@link RuleOutput} inserted by its
 * right-hand side to that rule (id and version from the rule's metadata) and to the facts it matched.
 */
final class FindingCollector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final List<FiredFinding> findings = new ArrayList<>();
    private final List<String> fired = new ArrayList<>();
    private Match current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
        fired.add(metadata(current.getRule(), "ruleId"));
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof RuleOutput finding) {
            if (current == null) {
                throw new IllegalStateException("A Finding was inserted from outside a rule");
            }
            List<Object> matched = current.getObjects().stream()
                    .filter(o -> !(o instanceof RuleOutput))
                    .map(o -> (Object) o)
                    .toList();
            findings.add(new FiredFinding(
                    metadata(current.getRule(), "ruleId"),
                    metadata(current.getRule(), "ruleVersion"),
                    finding,
                    matched));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // facts are immutable records; nothing to track
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // rules do not retract
    }

    List<FiredFinding> findings() {
        return findings;
    }

    List<String> firedRuleIds() {
        return fired;
    }

    /** Annotation values may come back with their quotes (executable model): strip them. */
    static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return "";
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
