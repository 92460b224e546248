package org.idds.cds.ruleset;

import java.util.Locale;
import java.util.Optional;

/**
 * Governance lifecycle of a rule, written in the knowledge files as the FHIR PublicationStatus codes {@code draft},
 * {@code active} and {@code retired}. Only ACTIVE rules may be in a released ruleset.
 */
public enum RuleStatus {
    DRAFT,
    ACTIVE,
    RETIRED;

    /** The FHIR PublicationStatus code. */
    public String fhirCode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a FHIR code names ({@code draft}, {@code active}, {@code retired}); empty for anything else. */
    public static Optional<RuleStatus> fromFhirCode(String code) {
        for (RuleStatus status : values()) {
            if (status.fhirCode().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
