package org.idds.cds.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.GovernedStatement;
import org.idds.cds.kernel.Grounds;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.FindingEvidence;
import org.idds.cds.kernel.answer.RulesetRef;

/**
 * A ruleset as one versioned unit: DRL, rule metadata, evidence catalogue, the knowledge data the rules use, and
 * the further content (device models, trial protocols, each concern's outcomes file), and every governed figure a
 * finding can carry, by key, with its description ({@link FigureCatalogue}).
 * {@code contentHash} covers every file, so two rulesets with one version and different content cannot be
 * mistaken for each other.
 */
public record Ruleset(
        String id,
        String version,
        String contentHash,
        List<DrlFile> drl,
        Map<String, EvidenceSource> sources,
        Map<String, RuleMetadata> rules,
        List<Parameter> parameters,
        DrugCatalogue drugs,
        RulesetContent content,
        FigureCatalogue figures) {

    /**
     * One DRL file of the ruleset, by its path under {@code rules/}, and the concern whose rules it holds: each
     * concern's DRL compiles into its own KieBase. {@code content} is the file as released (checked and hashed);
     * {@link #compilable()} is what the engine compiles: the same text with the {@code relocations} of an archived
     * ruleset applied (class names that have moved since), or the content itself.
     */
    public record DrlFile(String path, Concern concern, String content, DrlRelocations relocations) {

        public DrlFile(String path, Concern concern, String content) {
            this(path, concern, content, DrlRelocations.NONE);
        }

        public String compilable() {
            return relocations.apply(content);
        }
    }

    /** This ruleset as an answer names the one it was made with: id, version and content hash. */
    public RulesetRef ref() {
        return new RulesetRef(id, version, contentHash);
    }

    public Optional<RuleMetadata> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** The metadata of a rule the engine fired: every rule that fires has some, so none is a wiring error. */
    public RuleMetadata firedRule(String ruleId) {
        return rule(ruleId).orElseThrow(() -> new IllegalStateException("Fired rule without metadata: " + ruleId));
    }

    /**
     * How dosing and safety answer a fired rule ({@link RuleMetadata#finding}, no concern-specific part): the facts it
     * matched added to {@code facts} (the finding names them by key), and as evidence the rule's citations with the
     * governed figures it matched, then those of {@code alsoShown} it did not (by key), sources read in this ruleset.
     */
    public AnswerFinding firedFinding(
            String findingId,
            String ruleId,
            String firedVersion,
            List<Object> matchedFacts,
            List<GovernedFigure> alsoShown,
            AnswerFacts facts) {
        RuleMetadata rule = firedRule(ruleId);
        Grounds grounds = Grounds.of(matchedFacts);
        List<GovernedFigure> figures = new ArrayList<>(grounds.figures());
        alsoShown.stream()
                .filter(g -> figures.stream().noneMatch(h -> h.key().equals(g.key())))
                .forEach(figures::add);
        FindingEvidence evidence = FindingEvidence.of(rule.citations(), figures, this::source);
        return rule.finding(findingId, firedVersion, facts.keysOf(grounds.basis()), evidence);
    }

    /**
     * The parameters the rules of one concern use ({@code usedBy} names a rule of it), in ruleset order: the facts an
     * evaluation of that concern is given. A rule can only read a parameter that lists it in {@code usedBy} (checked at
     * load), so another concern's parameters would be facts no rule of this one can match.
     */
    public List<Parameter> parameters(Concern concern) {
        // read once per ruleset content and concern: every evaluation asks (only the loader makes a Ruleset, and the
        // content hash covers every file, so one hash names one list)
        return PARAMETERS_BY_CONCERN.computeIfAbsent(
                contentHash + " " + concern,
                key -> parameters.stream()
                        .filter(p ->
                                p.usedBy().stream().map(rules::get).anyMatch(r -> r != null && r.concern() == concern))
                        .toList());
    }

    private static final java.util.concurrent.ConcurrentMap<String, List<Parameter>> PARAMETERS_BY_CONCERN =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Optional<EvidenceSource> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    /**
     * The rules that cite only superseded sources (see {@link EvidenceSource#supersededBy()}), in rule order, each with
     * the superseded sources it cites and the newer editions to re-check it against.
     */
    public List<RuleOnSupersededEvidence> rulesCitingOnlySupersededSources() {
        return rules.values().stream()
                .filter(rule -> !rule.citations().isEmpty()
                        && rule.citations().stream()
                                .allMatch(c -> source(c.sourceKey())
                                        .map(EvidenceSource::superseded)
                                        .orElse(false)))
                .map(rule -> {
                    List<String> cited = rule.citations().stream()
                            .map(Citation::sourceKey)
                            .distinct()
                            .toList();
                    List<String> newer = cited.stream()
                            .flatMap(key -> sources.get(key).supersededBy().orElseThrow().sources().stream())
                            .distinct()
                            .toList();
                    return new RuleOnSupersededEvidence(rule.id(), cited, newer);
                })
                .toList();
    }

    // Ruleset content beside the rules (device models, trial protocols, concern outcomes files): see RulesetContent.

    public List<DeviceModel> deviceModels() {
        return content.deviceModels();
    }

    public List<TrialProtocol> trialProtocols() {
        return content.trialProtocols();
    }

    /** The governed statements, key to statement (empty for a ruleset without a statements file). */
    public Map<String, GovernedStatement> statements() {
        return content.statements();
    }

    /** The governed statement of that key, which a rule or the drug algorithm names. */
    public Optional<GovernedStatement> statement(String key) {
        return Optional.ofNullable(content.statements().get(key));
    }

    /** The concern's outcomes file (verdict policy and clinician-facing wording), if the manifest lists one. */
    public Optional<ConcernFile> outcomes(Concern concern) {
        return Optional.ofNullable(content.outcomes().get(concern));
    }
}
