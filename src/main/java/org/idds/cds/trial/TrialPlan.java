package org.idds.cds.trial;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.clinical.trial.ObservationPolicy;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.FigureRef;

/**
 * The trial concern's plan for one candidate: whether it is ready to book or drafted, whether a trial is recommended or
 * its omission proposed for the MDT, each open check (trial-relevant or implant-only, with the candidacy inputs it
 * waits for), the protocols ranked with their setting and observation, the facts and the findings in the shared
 * answer shape (ids {@code f1}..). Texts the same for every patient (protocol wording, rule details) are ruleset text.
 */
public record TrialPlan(
        Status status,
        Trial trial,
        List<OpenCheck> openChecks,
        List<ProtocolPlan> protocols,
        Map<String, FactValue> facts,
        List<AnswerFinding> findings,
        boolean reliesOnUnverifiedKnowledge) {

    public TrialPlan {
        openChecks = List.copyOf(openChecks);
        protocols = List.copyOf(protocols);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts)); // in the order found
        findings = List.copyOf(findings);
    }

    /** Ready to book only when no planning finding holds the trial back. */
    public enum Status {
        READY_TO_BOOK,
        DRAFTED
    }

    /** A trial recommended, or its omission proposed for the MDT to decide (never automatic). */
    public enum Trial {
        RECOMMENDED,
        OMISSION_PROPOSED
    }

    /**
     * One open check the plan names: its code ({@code bleeding}, {@code procedureCheck}...), whether it holds the trial
     * back (else only the implant), the candidacy inputs it waits for, and its findings by id.
     */
    public record OpenCheck(String check, boolean holdsTrial, List<String> inputs, List<String> findings) {
        public OpenCheck {
            inputs = List.copyOf(inputs);
            findings = List.copyOf(findings);
        }
    }

    /**
     * One protocol of the ruleset ranked for this patient ({@code rank} 1 first: the preferred, then the suitable, in
     * the ruleset's order): whether it suits the patient, its setting and observation (raised for respiratory risk:
     * {@code escalated}), the monitoring schedule's figures when raised, whether naloxone is to be at hand, and the
     * findings about it by id. The protocol's full text is {@code GET /api/v1/trial-protocols/{protocol}}.
     */
    public record ProtocolPlan(
            int rank,
            String protocol,
            String version,
            TrialMethod method,
            boolean suitable,
            boolean preferred,
            ObservationPolicy.Setting setting,
            Observation observation,
            boolean escalated,
            List<FigureRef> monitoringSchedule,
            boolean naloxone,
            List<String> findings) {
        public ProtocolPlan {
            monitoringSchedule = List.copyOf(monitoringSchedule);
            findings = List.copyOf(findings);
        }

        /** The same protocol plan at rank {@code rank}. */
        public ProtocolPlan ranked(int rank) {
            return with(rank, findings);
        }

        /** The same protocol plan with its findings named by {@code ids} (e.g. their ids in a composed list). */
        public ProtocolPlan withFindings(List<String> ids) {
            return with(rank, ids);
        }

        private ProtocolPlan with(int rank, List<String> findings) {
            return new ProtocolPlan(
                    rank,
                    protocol,
                    version,
                    method,
                    suitable,
                    preferred,
                    setting,
                    observation,
                    escalated,
                    monitoringSchedule,
                    naloxone,
                    findings);
        }
    }

    /**
     * The observation: the policy used ({@code respiratoryRisk} when raised), its minimum in hours with its figure
     * (a protocol figure by its policy id, or the governed figure by key) and the other cited policies shown beside
     * it (none when raised: a shorter observation is not for this patient).
     */
    public record Observation(
            String policy, String minimumHours, boolean verified, Optional<String> figure, List<Cited> alsoCited) {
        public Observation {
            alsoCited = List.copyOf(alsoCited);
        }
    }

    /** Another observation policy of the protocol, as cited. */
    public record Cited(String policy, ObservationPolicy.Setting setting, String minimumHours, boolean verified) {}
}
