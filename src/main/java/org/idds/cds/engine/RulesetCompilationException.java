package org.idds.cds.engine;

import java.util.List;

/** DRL that does not compile, or a compiled KieBase that does not hold exactly the rules of its DRL. */
public final class RulesetCompilationException extends RuntimeException {
    public RulesetCompilationException(String version, List<String> messages) {
        super("Ruleset " + version + " failed to compile:\n - " + String.join("\n - ", messages));
    }
}
