package org.idds.cds.safety.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.safety.ProcedureCheck;
import org.idds.cds.safety.service.ProcedureCheckService;
import org.idds.cds.web.StoredRequests;

/** Replays procedure checks: reads the stored request with the drugs of its ruleset and runs it again. */
@ApplicationScoped
public class SafetyReplayer implements AssessmentReplayer {

    private final ProcedureCheckService service;
    private final ObjectMapper json;

    public SafetyReplayer(ProcedureCheckService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public Set<AssessmentKind> kinds() {
        return Set.of(AssessmentKind.PROCEDURE_CHECK);
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        return service.replay(stored, this::read, ProcedureCheckRequest.SCHEMA);
    }

    private ProcedureCheck read(StoredAssessment stored, Ruleset ruleset) {
        return ProcedureCheckMapper.toCheck(
                StoredRequests.read(stored, text -> json.readValue(text, ProcedureCheckRequest.class)),
                ruleset.drugs());
    }
}
