package org.idds.cds.selection.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.idds.cds.selection.patient.CandidacyCase;

/**
 * For tests without the container: a candidacy request body read into the domain case as the endpoint reads it
 * (Jackson into {@link CandidacyRequest}, then {@link RequestMapper}; no Bean Validation, so give valid requests).
 */
public final class CandidacyRequests {

    private CandidacyRequests() {}

    public static CandidacyCase candidacyCase(ObjectMapper json, String requestBody) {
        try {
            return RequestMapper.toCase(json.readValue(requestBody, CandidacyRequest.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid candidacy request", e);
        }
    }
}
