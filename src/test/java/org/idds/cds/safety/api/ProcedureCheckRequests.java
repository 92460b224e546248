package org.idds.cds.safety.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.safety.ProcedureCheck;

/**
 * For tests without the container: a procedure-check request body read into the domain check as the endpoint reads
 * it (Jackson into {@link ProcedureCheckRequest}, then {@link ProcedureCheckMapper}; no Bean Validation, so give valid
 * requests).
 */
public final class ProcedureCheckRequests {

    private ProcedureCheckRequests() {}

    public static ProcedureCheck check(ObjectMapper json, String requestBody, DrugCatalogue drugs) {
        try {
            return ProcedureCheckMapper.toCheck(json.readValue(requestBody, ProcedureCheckRequest.class), drugs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid procedure-check request", e);
        }
    }
}
