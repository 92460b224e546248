package org.idds.cds.selection;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.RuleOutput;

/**
 * What a rule concludes. Rules insert findings; the engine attributes each one to the rule that inserted it and to
 * the facts that rule matched, so a finding never carries message text or its own identity string.
 */
public record Finding(Effect effect, List<InputField> missingInputs, Optional<DevicePlan> devicePlan)
        implements RuleOutput {

    public Finding {
        missingInputs = List.copyOf(missingInputs);
    }

    public static Finding of(Effect effect) {
        return new Finding(effect, List.of(), Optional.empty());
    }

    public static Finding missingRequired(InputField... inputs) {
        return new Finding(Effect.MISSING_REQUIRED, List.of(inputs), Optional.empty());
    }

    public static Finding missingAdvisory(InputField... inputs) {
        return new Finding(Effect.MISSING_ADVISORY, List.of(inputs), Optional.empty());
    }

    /** A check to confirm before trial or implant is missing; the verdict stands on what is known, provisionally. */
    public static Finding missingToConfirm(InputField... inputs) {
        return new Finding(Effect.MISSING_TO_CONFIRM, List.of(inputs), Optional.empty());
    }

    public static Finding device(DevicePlan plan) {
        return new Finding(Effect.PLAN, List.of(), Optional.of(plan));
    }

    /** A device plan that is also a precaution (for example a very short prognosis). */
    public static Finding devicePrecaution(DevicePlan plan) {
        return new Finding(Effect.PRECAUTION, List.of(), Optional.of(plan));
    }
}
