package org.idds.cds.dosing.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.dosing.service.PrescriptionCheckService;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.web.RequestReplayer;
import org.idds.cds.web.StoredRequests;

/**
 * Replays prescription checks: reads the stored request in the request format it was stored in (format 1 as a start or
 * a continuation, {@link PrescriptionMapper#fromFirstFormat}) with the drugs of the ruleset it was made with, and runs
 * it again ({@link PrescriptionCheckService#replay}).
 */
@Singleton
public class DosingReplayer extends RequestReplayer {

    public DosingReplayer(PrescriptionCheckService service, ObjectMapper json) {
        super(replay(
                AssessmentKind.PRESCRIPTION_CHECK,
                PrescriptionRequest.SCHEMA,
                (stored, ruleset) -> read(json, stored, ruleset),
                service::replay));
    }

    private static Prescription read(ObjectMapper json, StoredAssessment stored, Ruleset ruleset) {
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
