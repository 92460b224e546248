package org.idds.cds.dosing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.StatusAnswer;

/**
 * The answer to a prescription check in format {@code idds-answer/2}: an overall status, every calculation with its
 * steps (and those it could not make, with why: a dose-only check has no device), the refill-due and alarm dates, the
 * facts once and every finding once in the shared shape (rule, figures and citations by key). Ruleset text (rule
 * titles, figure descriptions, source labels, the device's title, the disclaimer) is served by key under the ruleset
 * hash. Decision support: the prescriber decides; the engine never converts a dose into another drug's dose.
 */
public record PrescriptionCheckResult(
        AnswerHeader header,
        Status status,
        String statusSummary,
        Optional<DeviceRef> device,
        List<Step> calculations,
        List<DosingCalculator.NotCalculated> notCalculated,
        Optional<LocalDate> refillDue,
        Optional<LocalDate> alarmExpected,
        Optional<SystemicContext> systemicOpioids,
        Map<String, FactValue> facts,
        List<AnswerFinding> findings,
        boolean reliesOnUnverifiedKnowledge)
        implements StatusAnswer {

    /** The worst finding decides: a critical one means the prescription must not be used as written. */
    public enum Status {
        DO_NOT_USE_AS_WRITTEN,
        REVIEW_BEFORE_USE,
        NO_CONCERNS_FOUND
    }

    /** The device model, by its id in the ruleset. */
    public record DeviceRef(String id) {}
}
