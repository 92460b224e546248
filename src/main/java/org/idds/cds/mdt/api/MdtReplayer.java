package org.idds.cds.mdt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.mdt.MdtCase;
import org.idds.cds.mdt.service.MdtCaseService;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.web.RequestReplayer;
import org.idds.cds.web.StoredRequests;

/**
 * Replays MDT cases through the one replay port: reads the stored request in the MDT request format with the drugs (and
 * device models) of the ruleset it was made with, and runs every section again ({@link MdtCaseService#replay}).
 */
@Singleton
public class MdtReplayer extends RequestReplayer {

    private final MdtCaseService service;

    public MdtReplayer(MdtCaseService service, ObjectMapper json) {
        super(json, AssessmentKind.MDT_CASE);
        this.service = service;
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        return service.replay(stored, this::read, MdtCaseRequest.SCHEMA);
    }

    private MdtCase read(StoredAssessment stored, Ruleset ruleset) {
        return MdtCaseResource.toCase(
                StoredRequests.read(stored, text -> json.readValue(text, MdtCaseRequest.class)), ruleset);
    }
}
