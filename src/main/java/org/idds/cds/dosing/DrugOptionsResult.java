package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugAlgorithm.Condition;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.ruleset.EvidenceViews.RulesetRef;

/**
 * The drug options of one published algorithm at the patient's position on that edition's own axes: the lines in
 * order, each option offered or not and why, every line with its sources (flagged when unverified or superseded), and
 * what the encoded algorithm does not give for this track. Decision support: the prescriber decides.
 */
public record DrugOptionsResult(
        String format,
        RulesetRef ruleset,
        AlgorithmView algorithm,
        List<AxisPosition> position,
        List<ConditionView> conditions,
        List<LineView> lines,
        Optional<String> notEncoded,
        boolean reliesOnUnverifiedKnowledge) {

    /**
     * The edition the options come from, and whether a newer edition supersedes it ({@code supersededBy}: the newer
     * sources by key; the catalogue's note on what was not re-checked against them is ruleset text).
     */
    public record AlgorithmView(
            String id, String edition, String source, boolean superseded, Optional<List<String>> supersededBy) {}

    /** The patient's value on one axis of the edition (its labels are ruleset text), with where the edition defines it. */
    public record AxisPosition(String axis, String value, List<CitationRef> citations) {}

    /** What was known of a condition that rules a drug out. */
    public record ConditionView(Condition condition, Answer answer) {}

    public enum Answer {
        YES,
        NO,
        NOT_KNOWN
    }

    /** One line of the algorithm (1 is first line): its options, verification, note and sources. */
    public record LineView(
            int line, boolean verified, String note, List<CitationRef> citations, List<OptionView> options) {}

    /** One option (a drug or a combination), whether it is offered, and why not where it is not. */
    public record OptionView(List<String> drugs, String label, OptionStatus status, List<Reason> reasons) {}

    /**
     * {@code EXCLUDED}: a drug of the option is ruled out by a condition the patient has; {@code NOT_OFFERED_UNTIL_KNOWN}:
     * a condition that would rule a drug of it out is not known yet.
     */
    public enum OptionStatus {
        OFFERED,
        EXCLUDED,
        NOT_OFFERED_UNTIL_KNOWN
    }

    /** Why a drug of an option is not offered, with the sources that say so. */
    public record Reason(String drug, Condition condition, String reason, List<CitationRef> citations) {}
}
