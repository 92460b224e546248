package org.idds.cds.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.assessment.Rulesets;
import org.idds.cds.domain.EvidenceSource;
import org.idds.cds.domain.RuleMetadata;
import org.idds.cds.domain.Ruleset;

/** The governed knowledge of the active ruleset: rules with metadata, evidence sources, parameters. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class KnowledgeResource {

    private final Rulesets rulesets;

    public KnowledgeResource(Rulesets rulesets) {
        this.rulesets = rulesets;
    }

    public record RulesetSummary(String id, String version, String contentHash, int rules, int sources, int parameters,
            int drugs) {}

    @GET
    @Path("/ruleset")
    @Operation(summary = "The active ruleset: id, version and content hash")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER, Roles.ADMIN})
    public RulesetSummary ruleset() {
        Ruleset r = rulesets.active();
        return new RulesetSummary(r.id(), r.version(), r.contentHash(), r.rules().size(), r.sources().size(),
                r.parameters().size(), r.drugs().drugs().size());
    }

    @GET
    @Path("/rules")
    @Operation(summary = "Every rule of the active ruleset with its metadata and citations")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public Collection<RuleMetadata> rules() {
        return rulesets.active().rules().values();
    }

    @GET
    @Path("/evidence-sources")
    @Operation(summary = "The evidence catalogue")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public Collection<EvidenceSource> sources() {
        return rulesets.active().sources().values();
    }

    @GET
    @Path("/parameters")
    @Operation(summary = "Thresholds and other governed figures the rules compare against, with provenance")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public List<ParameterView> parameters() {
        return rulesets.active().parameters().stream()
                .map(p -> new ParameterView(p.key(), p.value(), p.unit().ucum(), p.description(), p.verification().name(),
                        p.citations(), p.usedBy()))
                .toList();
    }

    public record ParameterView(String key, java.math.BigDecimal value, String unit, String description, String verification,
            List<org.idds.cds.domain.Citation> citations, List<String> usedBy) {}
}
