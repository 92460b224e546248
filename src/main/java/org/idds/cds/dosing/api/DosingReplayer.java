package org.idds.cds.dosing.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.dosing.service.PrescriptionCheckService;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.web.StoredRequests;

/**
 * Replays prescription checks: reads the stored request in the request format it was stored in (format 1 as a start or
 * a continuation, {@link PrescriptionMapper#fromFirstFormat}) with the drugs of the ruleset it was made with, and runs
 * it again ({@link PrescriptionCheckService#replay}).
 */
@ApplicationScoped
public class DosingReplayer implements AssessmentReplayer {

    private final PrescriptionCheckService service;
    private final ObjectMapper json;

    public DosingReplayer(PrescriptionCheckService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public Set<AssessmentKind> kinds() {
        return Set.of(AssessmentKind.PRESCRIPTION_CHECK);
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        return service.replay(stored, this::read, PrescriptionRequest.SCHEMA);
    }

    private Prescription read(StoredAssessment stored, Ruleset ruleset) {
        return StoredRequests.readNamingField(stored, text -> {
            if (stored.requestSchema()
                    .filter(PrescriptionRequest.SCHEMA_1::equals)
                    .isPresent()) {
                return PrescriptionMapper.fromFirstFormat(json.readTree(text), ruleset.drugs(), json);
            }
            return PrescriptionMapper.toPrescription(json.readValue(text, PrescriptionRequest.class), ruleset.drugs());
        });
    }
}
