package org.idds.cds.safety;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.RuleOutput;

/**
 * What a safety rule inserts when it fires: its effect on a drug's plan ({@code drug} empty: on every drug, or none),
 * and for a hold the governed figures it dates by: {@code stopBefore} (the latest last dose), {@code restartAfter}
 * (the earliest restart) and {@code alsoShown} (the other ends of a range, for comparison). Severity, wording and
 * sources are the rule's governed metadata.
 */
public record SafetyFinding(
        PlanEffect effect,
        Optional<String> drug,
        Optional<Parameter> stopBefore,
        Optional<Parameter> restartAfter,
        List<Parameter> alsoShown)
        implements RuleOutput {

    public SafetyFinding {
        alsoShown = List.copyOf(alsoShown);
    }

    /** A finding about the procedure or the labs. */
    public static SafetyFinding fired() {
        return new SafetyFinding(PlanEffect.NONE, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** An effect on every antithrombotic's plan. */
    public static SafetyFinding onEvery(PlanEffect effect) {
        return new SafetyFinding(effect, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** An effect on one drug's plan. */
    public static SafetyFinding on(String drug, PlanEffect effect) {
        return new SafetyFinding(effect, Optional.of(drug), Optional.empty(), Optional.empty(), List.of());
    }

    /** A dated hold and restart. */
    public static SafetyFinding hold(String drug, Parameter stopBefore, Parameter restartAfter) {
        return hold(drug, stopBefore, restartAfter, List.of());
    }

    /** A dated hold and restart, with the other figures of its range shown beside it. */
    public static SafetyFinding hold(String drug, Parameter stopBefore, Parameter restartAfter, List<Parameter> also) {
        return new SafetyFinding(
                PlanEffect.HOLD, Optional.of(drug), Optional.of(stopBefore), Optional.of(restartAfter), also);
    }

    /** Only the restart is dated. */
    public static SafetyFinding restartOnly(String drug, Parameter restartAfter) {
        return new SafetyFinding(
                PlanEffect.RESTART_ONLY, Optional.of(drug), Optional.empty(), Optional.of(restartAfter), List.of());
    }
}
