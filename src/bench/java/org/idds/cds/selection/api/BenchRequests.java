package org.idds.cds.selection.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.idds.cds.selection.patient.CandidacyCase;

/**
 * Benchmark support (src/bench only): turns a candidacy request body into the domain case exactly as the endpoint
 * does (Jackson into {@link CandidacyRequest}, then {@link RequestMapper}), without Bean Validation. It lives in the
 * api package only because {@code RequestMapper} is package-private; if request parsing changes, this is the one
 * place the benchmarks need adapting.
 */
public final class BenchRequests {

    private BenchRequests() {}

    public static CandidacyCase candidacyCase(ObjectMapper json, String requestBody) {
        try {
            return RequestMapper.toCase(json.readValue(requestBody, CandidacyRequest.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("benchmark fixture is not a valid candidacy request", e);
        }
    }
}
