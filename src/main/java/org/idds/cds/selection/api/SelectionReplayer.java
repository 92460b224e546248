package org.idds.cds.selection.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.selection.service.AssessmentService;
import org.idds.cds.web.RequestReplayer;

/**
 * Replays candidacy assessments and referral checks: reads the stored request in this API's request format and runs it
 * again ({@link AssessmentService#replay}).
 */
@Singleton
public class SelectionReplayer extends RequestReplayer {

    public SelectionReplayer(AssessmentService service, ObjectMapper json) {
        super(
                replay(
                        json,
                        AssessmentKind.CANDIDACY,
                        CandidacyRequest.class,
                        CandidacyRequest.SCHEMA,
                        (request, ruleset) -> RequestMapper.toCase(request),
                        service::replay),
                replay(
                        json,
                        AssessmentKind.REFERRAL_CHECK,
                        ReferralCheckRequest.class,
                        ReferralCheckRequest.SCHEMA,
                        (request, ruleset) -> RequestMapper.toCase(request),
                        service::replay));
    }
}
