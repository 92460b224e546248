package org.idds.cds.assessment;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.idds.cds.domain.Ruleset;
import org.idds.cds.engine.DrlLexerLiterals;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.knowledge.RulesetLoader;
import org.idds.cds.knowledge.RulesetSource;

/**
 * The rulesets this service holds. The bundled one is loaded, checked and compiled at start (a bad ruleset stops
 * the start) and is the active one; other versions can be registered side by side for governance and replay.
 */
@Startup
@ApplicationScoped
public class Rulesets {

    private final RuleEngine engine;
    private final RulesetLoader loader = new RulesetLoader(new DrlLexerLiterals());
    private final Map<String, Ruleset> byVersion = new ConcurrentHashMap<>();
    private final Ruleset active;

    @Inject
    public Rulesets(RuleEngine engine) {
        this.engine = engine;
        this.active = register(loader.bundled());
    }

    public Ruleset active() {
        return active;
    }

    public Optional<Ruleset> version(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** Loads, checks and compiles a ruleset; the engine refuses a known version with other content. */
    public Ruleset register(RulesetSource source) {
        Ruleset ruleset = loader.load(source);
        engine.compile(ruleset);
        byVersion.putIfAbsent(ruleset.version(), ruleset);
        return ruleset;
    }
}
