package org.idds.cds.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.kernel.AssessmentKind;

/**
 * What every concern's replayer shares: the kinds of stored assessment it replays and the JSON reader it reads their
 * stored requests with ({@link StoredRequests}). Each concern's replayer says how its request is read and run again.
 * The replayers are {@code @Singleton} beans: stateless, and a proxied ({@code @ApplicationScoped}) bean would need a
 * no-argument constructor, which this class does not have.
 */
public abstract class RequestReplayer implements AssessmentReplayer {

    private final Set<AssessmentKind> kinds;

    /** The reader of the stored requests, as the API reads a request. */
    protected final ObjectMapper json;

    protected RequestReplayer(ObjectMapper json, AssessmentKind... kinds) {
        this.json = json;
        this.kinds = Set.of(kinds);
    }

    @Override
    public final Set<AssessmentKind> kinds() {
        return kinds;
    }
}
