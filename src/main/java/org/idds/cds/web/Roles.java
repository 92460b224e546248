package org.idds.cds.web;

import jakarta.ws.rs.core.SecurityContext;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.Caller.ReadScope;

/**
 * The roles of this service: the bearer token's groups (claim {@code groups}, or the path set by
 * {@code smallrye.jwt.path.groups}). The endpoint x role table is in docs/security.md; each resource method names its
 * roles with {@code @RolesAllowed}, and an endpoint without an annotation is denied.
 */
public final class Roles {

    /** Referring clinician: runs referral checks and reads back only the checks they made. */
    public static final String REFERRER = "referrer";
    /** IDDS multidisciplinary team clinician: full candidacy assessments, referral checks, reads any assessment, replays. */
    public static final String MDT_CLINICIAN = "mdt-clinician";
    /** Clinical governance: reads the ruleset and its knowledge, replays (verdicts and rule ids only, no patient data). */
    public static final String GOVERNANCE = "governance";
    /** Clinical safety officer: incident review, so reads any assessment, replays, reads the knowledge. */
    public static final String CLINICAL_SAFETY_OFFICER = "clinical-safety-officer";
    /** Operations: which ruleset version is deployed; no clinical writes, no patient data. */
    public static final String ADMIN = "admin";

    private Roles() {}

    /** The caller behind an authenticated request, with the read scope their roles give them. */
    public static Caller caller(SecurityContext security) {
        ReadScope scope = security.isUserInRole(MDT_CLINICIAN) || security.isUserInRole(CLINICAL_SAFETY_OFFICER)
                ? ReadScope.ANY
                : security.isUserInRole(REFERRER) ? ReadScope.OWN_REFERRAL_CHECKS : ReadScope.NONE;
        return new Caller(security.getUserPrincipal().getName(), scope);
    }
}
