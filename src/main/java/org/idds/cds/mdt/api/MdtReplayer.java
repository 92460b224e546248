package org.idds.cds.mdt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.mdt.service.MdtCaseService;
import org.idds.cds.web.RequestReplayer;

/**
 * Replays MDT cases through the one replay port: reads the stored request in the MDT request format with the drugs (and
 * device models) of the ruleset it was made with, and runs every section again ({@link MdtCaseService#replay}).
 */
@Singleton
public class MdtReplayer extends RequestReplayer {

    public MdtReplayer(MdtCaseService service, ObjectMapper json) {
        super(replay(
                json,
                AssessmentKind.MDT_CASE,
                MdtCaseRequest.class,
                MdtCaseRequest.SCHEMA,
                MdtCaseResource::toCase,
                service::replay));
    }
}
