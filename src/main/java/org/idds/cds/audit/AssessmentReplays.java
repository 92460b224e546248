package org.idds.cds.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;
import org.jboss.logging.Logger;

/**
 * Replays a stored assessment of any kind: finds the row, hands it to the {@link AssessmentReplayer} of its kind
 * (collected from every bean that implements the port), reads the original answer by its answer format
 * ({@link StoredAnswers}) and compares ({@link ReplayResult#of}). The log line names the id and ruleset, never patient
 * data.
 */
@ApplicationScoped
public class AssessmentReplays {

    private static final Logger LOG = Logger.getLogger(AssessmentReplays.class);

    private final AssessmentStore store;
    private final Map<AssessmentKind, AssessmentReplayer> byKind;

    public AssessmentReplays(AssessmentStore store, Instance<AssessmentReplayer> replayers) {
        this.store = store;
        Map<AssessmentKind, AssessmentReplayer> kinds = new EnumMap<>(AssessmentKind.class);
        for (AssessmentReplayer replayer : replayers) {
            for (AssessmentKind kind : replayer.kinds()) {
                if (kinds.putIfAbsent(kind, replayer) != null) {
                    throw new IllegalStateException("two replayers for assessments of kind " + kind);
                }
            }
        }
        this.byKind = Map.copyOf(kinds);
    }

    /** Replays the stored assessment {@code id}, whatever its kind. */
    public ReplayResult replay(UUID id) {
        return replay(find(id));
    }

    /**
     * Replays the stored assessment {@code id} if it is of {@code kind}; another kind reads as not found (a path that
     * names one kind, such as the prescription-check replay).
     */
    public ReplayResult replay(UUID id, AssessmentKind kind) {
        return replay(Optional.of(find(id))
                .filter(stored -> stored.kind() == kind)
                .orElseThrow(() -> new AssessmentNotFoundException(id)));
    }

    private StoredAssessment find(UUID id) {
        return store.find(id).orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    private ReplayResult replay(StoredAssessment stored) {
        AssessmentReplayer replayer = Optional.ofNullable(byKind.get(stored.kind()))
                .orElseThrow(() -> new ReplayUnavailableException(stored.kind()));
        ReplayResult.Outcome original = StoredAnswers.outcome(stored);
        ReplayResult result = ReplayResult.of(stored, original, replayer.replay(stored));
        LOG.infof(
                "replay of %s (%s) with ruleset %s: %s",
                stored.id(), stored.kind(), result.rulesetVersion(), result.reproduced() ? "reproduced" : "differs");
        return result;
    }
}
