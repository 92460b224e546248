package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugAlgorithm.Condition;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.kernel.answer.RulesetRef;

/**
 * The drug options of one published algorithm at the patient's position on that edition's own axes: the lines in
 * order, each option offered or not and why, every line with its sources (flagged when unverified or superseded), and
 * whether the encoded algorithm leaves lines of this track out. Decision support: the prescriber decides.
 *
 * <p>Keys and computed values only (format {@code idds-answer/2}): the algorithm's texts (its edition, each line's
 * note, each reason's wording, the text of what a track does not encode) are ruleset text, served verbatim by
 * {@code GET /api/v1/rulesets/{hash}/algorithms/{algorithm.id}} and found there without guessing: the track by
 * {@code position} (one track per combination of axis values), the line by its number, a reason by its drug and
 * condition in the file's {@code contraindications} ({@code whenPresent} when the condition's answer in
 * {@code conditions} is YES, {@code whileUnknown} when NOT_KNOWN), and {@code notEncoded} (true) by the track's
 * {@code missing}. An option's label is its drugs joined by " + ".
 */
public record DrugOptionsResult(
        String format,
        RulesetRef ruleset,
        AlgorithmView algorithm,
        List<AxisPosition> position,
        List<ConditionView> conditions,
        List<LineView> lines,
        boolean notEncoded,
        boolean reliesOnUnverifiedKnowledge) {

    /**
     * The algorithm the options come from by its id (its file: {@code /rulesets/{hash}/algorithms/{id}}, the edition's
     * name included), the edition's source, and whether a newer edition supersedes it ({@code supersededBy}: the newer
     * sources by key; the catalogue's note on what was not re-checked against them is ruleset text).
     */
    public record AlgorithmView(String id, String source, boolean superseded, Optional<List<String>> supersededBy) {}

    /** The patient's value on one axis of the edition (its labels are ruleset text), with where the edition defines it. */
    public record AxisPosition(String axis, String value, List<CitationRef> citations) {}

    /** What was known of a condition that rules a drug out. */
    public record ConditionView(Condition condition, Answer answer) {}

    public enum Answer {
        YES,
        NO,
        NOT_KNOWN
    }

    /** One line of the algorithm (1 is first line): its options, verification and sources (its note is ruleset text). */
    public record LineView(int line, boolean verified, List<CitationRef> citations, List<OptionView> options) {}

    /** One option (a drug or a combination), whether it is offered, and why not where it is not. */
    public record OptionView(List<String> drugs, OptionStatus status, List<Reason> reasons) {}

    /**
     * {@code EXCLUDED}: a drug of the option is ruled out by a condition the patient has; {@code NOT_OFFERED_UNTIL_KNOWN}:
     * a condition that would rule a drug of it out is not known yet.
     */
    public enum OptionStatus {
        OFFERED,
        EXCLUDED,
        NOT_OFFERED_UNTIL_KNOWN
    }

    /**
     * Why a drug of an option is not offered: the contraindication by drug and condition (its wording is ruleset
     * text), with the sources that say so and the governed statement it applies, when it names one.
     */
    public record Reason(String drug, Condition condition, List<CitationRef> citations, Optional<String> statement) {}
}
