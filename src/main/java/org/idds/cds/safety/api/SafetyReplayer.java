package org.idds.cds.safety.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.safety.FollowUpCheck;
import org.idds.cds.safety.ProcedureCheck;
import org.idds.cds.safety.service.FollowUpCheckService;
import org.idds.cds.safety.service.ProcedureCheckService;
import org.idds.cds.web.StoredRequests;

/**
 * Replays safety's checks (procedure checks and follow-up checks): reads the stored request with the drugs (and device
 * models) of its ruleset and runs it again. A stored request of format /1 is read by the /2 reader: /2 only added
 * optional fields ({@link ProcedureCheckRequest#SCHEMA_1}, {@link FollowUpCheckRequest#SCHEMA_1}).
 */
@ApplicationScoped
public class SafetyReplayer implements AssessmentReplayer {

    private final ProcedureCheckService service;
    private final FollowUpCheckService followUps;
    private final ObjectMapper json;

    public SafetyReplayer(ProcedureCheckService service, FollowUpCheckService followUps, ObjectMapper json) {
        this.service = service;
        this.followUps = followUps;
        this.json = json;
    }

    @Override
    public Set<AssessmentKind> kinds() {
        return Set.of(AssessmentKind.PROCEDURE_CHECK, AssessmentKind.FOLLOW_UP_CHECK);
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        if (stored.kind() == AssessmentKind.FOLLOW_UP_CHECK) {
            return followUps.replay(stored, this::readFollowUp, FollowUpCheckRequest.SCHEMA);
        }
        return service.replay(stored, this::read, ProcedureCheckRequest.SCHEMA);
    }

    private FollowUpCheck readFollowUp(StoredAssessment stored, Ruleset ruleset) {
        return FollowUpCheckMapper.toCheck(
                StoredRequests.read(stored, text -> json.readValue(text, FollowUpCheckRequest.class)),
                ruleset.drugs(),
                ruleset.deviceModels());
    }

    private ProcedureCheck read(StoredAssessment stored, Ruleset ruleset) {
        return ProcedureCheckMapper.toCheck(
                StoredRequests.read(stored, text -> json.readValue(text, ProcedureCheckRequest.class)),
                ruleset.drugs());
    }
}
