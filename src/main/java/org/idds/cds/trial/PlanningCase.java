package org.idds.cds.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.idds.cds.clinical.trial.TrialDrug;
import org.idds.cds.clinical.trial.TrialProtocol;

/**
 * What a trial plan is made from, in the trial concern's own terms: the stored candidacy's verdict, its findings and
 * the checks it is provisional on (each by the selection rule that gave it), what the procedure check said for the
 * trial date, and the protocol or drug the request prefers. The composition above the concerns reads these from the
 * stored candidacy and the safety concern's check; the trial concern never reads either concern itself.
 */
public record PlanningCase(
        CandidacyVerdict candidacy,
        List<CandidacyFinding> findings,
        List<OpenCandidacyCheck> openChecks,
        ProcedureCheckOnTrialDate procedureCheck,
        Optional<String> preferredProtocol,
        Optional<String> preferredDrug) {

    public PlanningCase {
        findings = List.copyOf(findings);
        openChecks = List.copyOf(openChecks);
    }

    /**
     * The facts the planning rules see: the candidacy, its findings and open checks, the procedure check, and one
     * {@link TrialProtocolOption} per protocol of the ruleset ({@code opioid}: whether a drug is an opioid, by the
     * ruleset's drug catalogue).
     */
    public List<Object> facts(List<TrialProtocol> protocols, Predicate<String> opioid) {
        List<Object> facts = new ArrayList<>();
        facts.add(candidacy);
        facts.addAll(findings);
        facts.addAll(openChecks);
        facts.add(procedureCheck);
        protocols.forEach(p -> facts.add(option(p, opioid)));
        return facts;
    }

    /** The protocol as a planning fact, preferred when the request names it or one of its drugs. */
    TrialProtocolOption option(TrialProtocol p, Predicate<String> opioid) {
        List<String> drugs = p.drugs().stream().map(TrialDrug::drug).toList();
        boolean preferred = preferredProtocol.map(p.id()::equals).orElse(false)
                || preferredDrug.map(drugs::contains).orElse(false);
        return new TrialProtocolOption(
                p.id(),
                p.method(),
                drugs,
                drugs.stream().anyMatch(opioid),
                p.observation().byDefault().setting(),
                preferred);
    }
}
