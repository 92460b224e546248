package org.idds.cds.safety.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.safety.FollowUpCheck;

/**
 * For tests without the container: a follow-up-check request body read into the domain check as the endpoint reads it
 * (Jackson into {@link FollowUpCheckRequest}, then {@link FollowUpCheckMapper} with the ruleset's drugs and device
 * models; no Bean Validation, so give valid requests).
 */
public final class FollowUpCheckRequests {

    private FollowUpCheckRequests() {}

    public static FollowUpCheck check(ObjectMapper json, String requestBody, Ruleset ruleset) {
        try {
            return FollowUpCheckMapper.toCheck(
                    json.readValue(requestBody, FollowUpCheckRequest.class), ruleset.drugs(), ruleset.deviceModels());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid follow-up-check request", e);
        }
    }
}
