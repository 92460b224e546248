package org.idds.cds.dosing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.dosing.Prescription;

/**
 * For tests without the container: a prescription-check request body read into the domain prescription as the
 * endpoint reads it (Jackson into {@link PrescriptionRequest}, then {@link PrescriptionMapper}; no Bean Validation,
 * so give valid requests).
 */
public final class PrescriptionRequests {

    private PrescriptionRequests() {}

    public static Prescription prescription(ObjectMapper json, String requestBody, DrugCatalogue drugs) {
        try {
            return PrescriptionMapper.toPrescription(json.readValue(requestBody, PrescriptionRequest.class), drugs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid prescription-check request", e);
        }
    }
}
