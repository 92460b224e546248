package org.idds.cds.ruleset;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;

/**
 * A concern's vocabulary as every concern declares it: its rules name their inputs by the constants of its field enums
 * ({@code PrescriptionField}, {@code ProcedureField}, ...), and its checks of its own files (its outcomes file) are one
 * function of the loaded ruleset.
 */
public abstract class FieldVocabulary implements ConcernVocabulary {

    private final Concern concern;
    private final Set<String> inputs;
    private final Function<Ruleset, List<String>> checks;

    @SafeVarargs
    protected FieldVocabulary(
            Concern concern, Function<Ruleset, List<String>> checks, Class<? extends Enum<?>>... fields) {
        this.concern = concern;
        this.checks = checks;
        this.inputs = Arrays.stream(fields)
                .flatMap(f -> Arrays.stream(f.getEnumConstants()))
                .map(Enum::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public final Concern concern() {
        return concern;
    }

    @Override
    public final Set<String> inputs() {
        return inputs;
    }

    @Override
    public final List<String> problems(Ruleset ruleset) {
        return checks.apply(ruleset);
    }
}
