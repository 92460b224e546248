package org.idds.cds.ruleset;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.idds.cds.kernel.Concern;

/**
 * The rulesets this service holds. The bundled one is loaded, checked and compiled at start (a bad ruleset stops
 * the start) and is the active one. An archived version ({@code ruleset-archive/}, see
 * {@link RulesetLoader#archived(String)}) is loaded and compiled the first time it is asked for (a replay), not at
 * start: replays are rare and each archived ruleset costs a compile. The archived files never change and the build
 * loads and compiles every one of them (ArchivedRulesetsTest). Other versions can be registered side by side.
 */
@Startup
@ApplicationScoped
public class Rulesets {

    private final RulesetCompiler compiler;
    private final RulesetLoader loader;
    private final Map<String, Ruleset> byVersion = new ConcurrentHashMap<>();
    private final Ruleset active;
    private final Set<String> archived;
    private final Map<String, RulesetSource> sourceByHash = new ConcurrentHashMap<>();
    private final Map<String, RulesetTexts> textsByHash = new ConcurrentHashMap<>();
    private volatile Map<String, String> archivedVersionByHash;

    @Inject
    public Rulesets(
            RulesetCompiler compiler, NumericLiteralScanner literals, Instance<ConcernVocabulary> vocabularies) {
        this(compiler, literals, vocabularies.stream().toList());
    }

    public Rulesets(RulesetCompiler compiler, NumericLiteralScanner literals, List<ConcernVocabulary> vocabularies) {
        this.compiler = compiler;
        this.loader = new RulesetLoader(literals, vocabularies);
        this.active = register(loader.bundled());
        this.archived = Set.copyOf(loader.archivedVersions());
    }

    public Ruleset active() {
        return active;
    }

    public Optional<Ruleset> version(String version) {
        Ruleset known = byVersion.get(version);
        if (known != null || !archived.contains(version)) {
            return Optional.ofNullable(known);
        }
        synchronized (this) {
            return Optional.of(
                    byVersion.containsKey(version) ? byVersion.get(version) : register(loader.archived(version)));
        }
    }

    /**
     * The ruleset a stored assessment was made with, for its replay: the version it recorded, held here with exactly
     * the content hash it recorded, and holding rules of every concern the replay runs. Otherwise the replay cannot
     * run here ({@link RulesetVersionUnavailableException}, a 409 for every kind of assessment, never a replay under
     * another ruleset).
     */
    public Ruleset forReplay(String version, String hash, Concern... concerns) {
        return version(version)
                .filter(r -> r.contentHash().equals(hash))
                .filter(r -> Arrays.stream(concerns)
                        .allMatch(concern -> r.drl().stream().anyMatch(drl -> drl.concern() == concern)))
                .orElseThrow(() -> new RulesetVersionUnavailableException(version, hash));
    }

    /** Loads, checks and compiles a ruleset; the compiler refuses a known version with other content. */
    public Ruleset register(RulesetSource source) {
        Ruleset ruleset = loader.load(source);
        compiler.compile(ruleset);
        byVersion.putIfAbsent(ruleset.version(), ruleset);
        sourceByHash.putIfAbsent(ruleset.contentHash(), source);
        return ruleset;
    }

    /**
     * The text of the ruleset with this content hash ({@code sha256:<hex>}), read from its files without checking or
     * compiling: the active ruleset, one registered beside it, or an archived version, found through an index of the
     * archived versions' hashes computed from their files once. Empty for a hash this service does not hold.
     */
    public Optional<RulesetTexts> texts(String contentHash) {
        RulesetTexts known = textsByHash.get(contentHash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<RulesetSource> source = Optional.ofNullable(sourceByHash.get(contentHash))
                .or(() -> Optional.ofNullable(archivedVersionByHash().get(contentHash))
                        .map(loader::archived));
        return source.map(s -> textsByHash.computeIfAbsent(contentHash, h -> RulesetTexts.of(s)));
    }

    private Map<String, String> archivedVersionByHash() {
        Map<String, String> index = archivedVersionByHash;
        if (index == null) {
            synchronized (this) {
                index = archivedVersionByHash;
                if (index == null) {
                    Map<String, String> built = new java.util.HashMap<>();
                    archived.forEach(v -> built.put(loader.archived(v).contentHash(), v));
                    index = Map.copyOf(built);
                    archivedVersionByHash = index;
                }
            }
        }
        return index;
    }
}
