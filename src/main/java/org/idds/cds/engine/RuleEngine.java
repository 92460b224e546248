package org.idds.cds.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.RuleStatus;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The only owner of Drools. Compiles each ruleset version into its own KieBase (several can be held at once:
 * the active one, a candidate, and every version a stored assessment was made with) and runs each evaluation in a
 * session of that KieBase's pool, emptied (reset) before it is used again.
 */
@ApplicationScoped
public class RuleEngine implements RulesetCompiler {

    /** Guard against rule loops; a selection evaluation fires a few dozen rules. */
    private static final int MAX_FIRINGS = 10_000;

    private final Map<String, CompiledRuleset> compiled = new ConcurrentHashMap<>();

    /**
     * Sessions kept per KieBase and reset between evaluations: a new session builds the node and segment memories of
     * every rule its facts reach (about a fifth of an evaluation's engine time, and most of its allocation); a reset
     * session keeps them and only empties them. The pool grows with concurrent evaluations.
     */
    private static final int INITIAL_POOLED_SESSIONS = 2;

    /** One KieBase per concern, so an evaluation for one concern can never fire another concern's rules. */
    private record CompiledRuleset(
            String contentHash, Map<Concern, KieBase> kieBases, Map<Concern, KieSessionsPool> sessions) {

        static CompiledRuleset of(String contentHash, Map<Concern, KieBase> kieBases) {
            Map<Concern, KieSessionsPool> sessions = new EnumMap<>(Concern.class);
            kieBases.forEach(
                    (concern, kieBase) -> sessions.put(concern, kieBase.newKieSessionsPool(INITIAL_POOLED_SESSIONS)));
            return new CompiledRuleset(contentHash, kieBases, Map.copyOf(sessions));
        }
    }

    /**
     * Compiles a ruleset unless this exact version and content are already compiled. A second ruleset with the same
     * version but other content is refused: a version names one content forever.
     */
    @Override
    public synchronized void compile(Ruleset ruleset) {
        CompiledRuleset existing = compiled.get(ruleset.version());
        if (existing != null) {
            if (!existing.contentHash().equals(ruleset.contentHash())) {
                throw new RulesetCompilationException(
                        ruleset.version(), List.of("version already compiled with content " + existing.contentHash()));
            }
            return;
        }
        compiled.put(ruleset.version(), CompiledRuleset.of(ruleset.contentHash(), build(ruleset)));
    }

    public Set<String> versions() {
        return new TreeSet<>(compiled.keySet());
    }

    /** Rule ids of the compiled KieBase of a version. */
    public Set<String> ruleIds(String version) {
        Set<String> ids = new TreeSet<>();
        compiledVersion(version).kieBases().values().forEach(kieBase -> ids.addAll(ruleIds(kieBase)));
        return ids;
    }

    /** Evaluates {@code facts} against one concern's rules of a ruleset version. */
    public EngineResult evaluate(String version, Concern concern, Collection<?> facts) {
        KieSessionsPool pool = Optional.ofNullable(
                        compiledVersion(version).sessions().get(concern))
                .orElseThrow(() -> new UnknownRulesetVersionException(version + " (" + concern + ")"));
        KieSession session = pool.newKieSession();
        FindingCollector collector = new FindingCollector();
        WorkCounter work = new WorkCounter();
        try {
            session.addEventListener((AgendaEventListener) collector);
            session.addEventListener((RuleRuntimeEventListener) collector);
            session.addEventListener((AgendaEventListener) work);
            session.addEventListener((RuleRuntimeEventListener) work);
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleLoopException(version, MAX_FIRINGS);
            }
            return new EngineResult(version, collector.findings(), collector.firedRuleIds(), work.work(fired));
        } finally {
            // The listeners belong to this evaluation; dispose returns the session to its pool, reset.
            session.removeEventListener((AgendaEventListener) collector);
            session.removeEventListener((RuleRuntimeEventListener) collector);
            session.removeEventListener((AgendaEventListener) work);
            session.removeEventListener((RuleRuntimeEventListener) work);
            session.dispose();
        }
    }

    private CompiledRuleset compiledVersion(String version) {
        return Optional.ofNullable(compiled.get(version))
                .orElseThrow(() -> new UnknownRulesetVersionException(version));
    }

    private static Map<Concern, KieBase> build(Ruleset ruleset) {
        Map<Concern, KieBase> kieBases = new EnumMap<>(Concern.class);
        Set<Concern> concerns =
                ruleset.drl().stream().map(Ruleset.DrlFile::concern).collect(Collectors.toSet());
        for (Concern concern : concerns) {
            kieBases.put(concern, build(ruleset, concern));
        }
        return Map.copyOf(kieBases);
    }

    private static KieBase build(Ruleset ruleset, Concern concern) {
        KieServices services = KieServices.Factory.get();
        // A unique ReleaseId per version and content: containers with one id would overwrite each other.
        ReleaseId releaseId = services.newReleaseId(
                "org.idds.rulesets",
                ruleset.id(),
                ruleset.version() + "-" + ruleset.contentHash().substring("sha256:".length(), "sha256:".length() + 12)
                        + "-" + concern.name().toLowerCase(java.util.Locale.ROOT));
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (Ruleset.DrlFile drl : ruleset.drl()) {
            if (drl.concern() != concern) {
                continue;
            }
            files.write("src/main/resources/rules/" + drl.path(), drl.compilable());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(Message::toString)
                .collect(Collectors.toList());
        if (!errors.isEmpty()) {
            throw new RulesetCompilationException(ruleset.version(), errors);
        }
        KieBase kieBase = services.newKieContainer(releaseId, RuleEngine.class.getClassLoader())
                .getKieBase();
        long rulesWithoutId = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .filter(rule -> FindingCollector.metadata(rule, "ruleId").isEmpty())
                .count();
        if (rulesWithoutId > 0) {
            throw new RulesetCompilationException(
                    ruleset.version(), List.of(rulesWithoutId + " rule(s) without @ruleId"));
        }
        Set<String> expected = ruleset.rules().values().stream()
                .filter(r -> r.concern() == concern)
                .filter(r -> r.status() != RuleStatus.RETIRED) // a retired rule keeps its metadata, not its DRL
                .map(RuleMetadata::id)
                .collect(Collectors.toSet());
        Set<String> actual = ruleIds(kieBase);
        if (!actual.equals(expected)) {
            // With drools-quarkus alone a runtime build silently returns the build-time KieBase; this catches it.
            List<String> problems = new ArrayList<>();
            problems.add("compiled KieBase holds " + new TreeSet<>(actual) + " but the ruleset declares "
                    + new TreeSet<>(expected));
            throw new RulesetCompilationException(ruleset.version(), problems);
        }
        return kieBase;
    }

    private static Set<String> ruleIds(KieBase kieBase) {
        Set<String> ids = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getRules().forEach(rule -> ids.add(FindingCollector.metadata(rule, "ruleId")));
        }
        ids.remove("");
        return ids;
    }
}
