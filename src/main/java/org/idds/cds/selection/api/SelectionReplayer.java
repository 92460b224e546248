package org.idds.cds.selection.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.audit.StoredRequestRefusedException;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.selection.patient.CandidacyCase;
import org.idds.cds.selection.service.AssessmentService;

/**
 * Replays candidacy assessments and referral checks: reads the stored request in this API's request format and runs it
 * again ({@link AssessmentService#replay}).
 */
@ApplicationScoped
public class SelectionReplayer implements AssessmentReplayer {

    private final AssessmentService service;
    private final ObjectMapper json;

    public SelectionReplayer(AssessmentService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public Set<AssessmentKind> kinds() {
        return Set.of(AssessmentKind.CANDIDACY, AssessmentKind.REFERRAL_CHECK);
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        boolean candidacy = stored.kind() == AssessmentKind.CANDIDACY;
        return service.replay(stored, this::read, candidacy ? CandidacyRequest.SCHEMA : ReferralCheckRequest.SCHEMA);
    }

    private CandidacyCase read(StoredAssessment stored) {
        try {
            return stored.kind() == AssessmentKind.CANDIDACY
                    ? RequestMapper.toCase(json.readValue(stored.requestJson(), CandidacyRequest.class))
                    : RequestMapper.toCase(json.readValue(stored.requestJson(), ReferralCheckRequest.class));
        } catch (JsonProcessingException e) {
            throw new StoredRequestRefusedException(
                    stored.id(), "request", "the stored request is not read by today's request format");
        }
    }
}
