package org.idds.cds.trial;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.RuleOutput;

/**
 * What a trial-planning rule inserts when it fires: its effect on the plan, the protocol it is about (empty: the plan
 * as a whole), for an open check the check it names ({@code bleeding}, {@code infection}...: a code the planning rule
 * states; its wording is ruleset text) and, for the respiratory escalation, the candidacy findings it collected (each
 * a respiratory risk factor the candidacy named). Severity, summary and sources are the rule's governed metadata.
 */
public record PlanningFinding(
        PlanEffect effect, Optional<String> protocol, Optional<String> check, List<CandidacyFinding> collected)
        implements RuleOutput {

    public PlanningFinding {
        collected = List.copyOf(collected);
    }

    public static PlanningFinding of(PlanEffect effect) {
        return new PlanningFinding(effect, Optional.empty(), Optional.empty(), List.of());
    }

    public static PlanningFinding protocol(PlanEffect effect, String protocol) {
        return new PlanningFinding(effect, Optional.of(protocol), Optional.empty(), List.of());
    }

    public static PlanningFinding check(PlanEffect effect, String check) {
        return new PlanningFinding(effect, Optional.empty(), Optional.of(check), List.of());
    }

    /** The monitoring raised for the respiratory risk factors the candidacy named ({@code risks}). */
    public static PlanningFinding escalated(List<?> risks) {
        return new PlanningFinding(
                PlanEffect.MONITORING_ESCALATED,
                Optional.empty(),
                Optional.empty(),
                risks.stream().map(CandidacyFinding.class::cast).toList());
    }
}
