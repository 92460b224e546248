package org.idds.cds.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Ruleset;

/**
 * The one replayer every concern configures: for each kind of stored assessment it replays, how the stored request is
 * read back (today's request format, {@link StoredRequests}) and turned into the concern's question with the ruleset it
 * was made with, and which service answers it again. A concern's replayer is a {@code @Singleton} bean (stateless; a
 * proxied {@code @ApplicationScoped} bean would need a no-argument constructor) that passes its kinds here:
 *
 * <pre>{@code
 * public SomeReplayer(SomeService service, ObjectMapper json) {
 *     super(replay(json, AssessmentKind.SOME_KIND, SomeRequest.class, SomeRequest.SCHEMA,
 *             (request, ruleset) -> SomeMapper.toDomain(request, ruleset.drugs()), service::replay));
 * }
 * }</pre>
 */
public abstract class RequestReplayer implements AssessmentReplayer {

    /** A concern's service run again on a stored request (as {@code AuditedChecks.replay} is). */
    @FunctionalInterface
    public interface Rerun<Q> {
        Replayed replay(StoredAssessment stored, BiFunction<StoredAssessment, Ruleset, Q> parse, String currentSchema);
    }

    /** How one kind of stored assessment is replayed. */
    protected record KindReplay(AssessmentKind kind, Function<StoredAssessment, Replayed> replay) {}

    private final Map<AssessmentKind, Function<StoredAssessment, Replayed>> byKind =
            new EnumMap<>(AssessmentKind.class);

    protected RequestReplayer(KindReplay... kinds) {
        for (KindReplay k : kinds) {
            byKind.put(k.kind(), k.replay());
        }
    }

    /**
     * Replays {@code kind}: the stored request read as {@code type} by {@code json} (today's request format
     * {@code schema}), made the concern's question by {@code question} with the ruleset it was made with, and answered
     * again by {@code rerun}.
     */
    protected static <R, Q> KindReplay replay(
            ObjectMapper json,
            AssessmentKind kind,
            Class<R> type,
            String schema,
            BiFunction<R, Ruleset, Q> question,
            Rerun<Q> rerun) {
        return replay(
                kind,
                schema,
                (stored, ruleset) ->
                        question.apply(StoredRequests.read(stored, text -> json.readValue(text, type)), ruleset),
                rerun);
    }

    /** The same with the stored request read by {@code parse} (a kind with several stored request formats). */
    protected static <Q> KindReplay replay(
            AssessmentKind kind, String schema, BiFunction<StoredAssessment, Ruleset, Q> parse, Rerun<Q> rerun) {
        return new KindReplay(kind, stored -> rerun.replay(stored, parse, schema));
    }

    @Override
    public final Set<AssessmentKind> kinds() {
        return Set.copyOf(byKind.keySet());
    }

    @Override
    public final Replayed replay(StoredAssessment stored) {
        return byKind.get(stored.kind()).apply(stored);
    }
}
