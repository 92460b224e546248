package org.idds.cds.safety.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.safety.service.FollowUpCheckService;
import org.idds.cds.safety.service.ProcedureCheckService;
import org.idds.cds.web.RequestReplayer;

/**
 * Replays safety's checks (procedure checks and follow-up checks): reads the stored request with the drugs (and device
 * models) of its ruleset and runs it again. A stored request of format /1 is read by the /2 reader: /2 only added
 * optional fields ({@link ProcedureCheckRequest#SCHEMA_1}, {@link FollowUpCheckRequest#SCHEMA_1}).
 */
@Singleton
public class SafetyReplayer extends RequestReplayer {

    public SafetyReplayer(ProcedureCheckService procedures, FollowUpCheckService followUps, ObjectMapper json) {
        super(
                replay(
                        json,
                        AssessmentKind.PROCEDURE_CHECK,
                        ProcedureCheckRequest.class,
                        ProcedureCheckRequest.SCHEMA,
                        (request, ruleset) -> ProcedureCheckMapper.toCheck(request, ruleset.drugs()),
                        procedures::replay),
                replay(
                        json,
                        AssessmentKind.FOLLOW_UP_CHECK,
                        FollowUpCheckRequest.class,
                        FollowUpCheckRequest.SCHEMA,
                        (request, ruleset) ->
                                FollowUpCheckMapper.toCheck(request, ruleset.drugs(), ruleset.deviceModels()),
                        followUps::replay));
    }
}
