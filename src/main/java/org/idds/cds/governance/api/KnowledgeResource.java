package org.idds.cds.governance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.RuleOnSupersededEvidence;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.Problem;
import org.idds.cds.web.Roles;

/** The governed knowledge of the active ruleset: rules with metadata, evidence sources, parameters, drugs. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class KnowledgeResource {

    /** What a rule is called in the 404 of an unknown rule id. */
    private static final String RULE = "rule";

    private final Rulesets rulesets;
    private final RuleCases cases;

    public KnowledgeResource(Rulesets rulesets, RuleCases cases) {
        this.rulesets = rulesets;
        this.cases = cases;
    }

    /**
     * The active ruleset; {@code rulesCitingOnlySupersededSources}: rules whose every citation names a source that a
     * newer edition supersedes, for governance to re-check against the newer editions (empty when there are none).
     */
    public record RulesetSummary(
            String id,
            String version,
            String contentHash,
            int rules,
            int sources,
            int parameters,
            int drugs,
            List<RuleOnSupersededEvidence> rulesCitingOnlySupersededSources) {}

    @GET
    @Path("/ruleset")
    @Operation(
            summary = "The active ruleset: id, version and content hash, and the rules that cite only superseded "
                    + "sources")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER, Roles.ADMIN})
    public RulesetSummary ruleset() {
        Ruleset r = rulesets.active();
        return new RulesetSummary(
                r.id(),
                r.version(),
                r.contentHash(),
                r.rules().size(),
                r.sources().size(),
                r.parameters().size(),
                r.drugs().drugs().size(),
                r.rulesCitingOnlySupersededSources());
    }

    @GET
    @Path("/rules")
    @Operation(summary = "Every rule of the active ruleset with its metadata and citations")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public Collection<RuleMetadata> rules() {
        return rulesets.active().rules().values();
    }

    @GET
    @Path("/rules/{id}")
    @Operation(
            summary =
                    "One rule for review: metadata and citations, its DRL file and line, the governed figures it uses, "
                            + "the clinical cases that cover it")
    @APIResponse(
            responseCode = "404",
            description = "No rule of the active ruleset has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public KnowledgeViews.RuleDetail rule(@PathParam("id") String id) {
        Ruleset r = rulesets.active();
        RuleMetadata metadata =
                KnowledgeItems.found(Optional.ofNullable(r.rules().get(id)), id, RULE);
        KnowledgeViews.DrlLocation location = KnowledgeItems.found(
                r.drl().stream()
                        .flatMap(file -> lineOf(file.content(), "@ruleId(\"" + id + "\")")
                                .map(line -> new KnowledgeViews.DrlLocation(file.path(), line))
                                .stream())
                        .findFirst(),
                id,
                RULE);
        return new KnowledgeViews.RuleDetail(
                metadata,
                location,
                parameters().stream().filter(p -> p.usedBy().contains(id)).toList(),
                cases.covering(id));
    }

    private static Optional<Integer> lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    @GET
    @Path("/drugs")
    @Operation(
            summary = "The drug catalogue: classes, routes, allowed dose units, oral morphine equivalent factors and "
                    + "peri-implant holds, each with its provenance and verification status")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public List<KnowledgeViews.DrugView> drugs() {
        return rulesets.active().drugs().drugs().values().stream()
                .sorted(java.util.Comparator.comparing(org.idds.cds.clinical.DrugEntry::name))
                .map(KnowledgeViews.DrugView::of)
                .toList();
    }

    @GET
    @Path("/evidence-sources")
    @Operation(summary = "The evidence catalogue; a source a newer edition replaces names it in supersededBy")
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
                .map(p -> new ParameterView(
                        p.key(),
                        p.setting(),
                        p.unit().ucum(),
                        p.description(),
                        p.verification().name(),
                        p.citations(),
                        p.usedBy(),
                        p.noDefault(),
                        p.shippedDefault()))
                .toList();
    }

    public record ParameterView(
            String key,
            java.util.Optional<java.math.BigDecimal> value,
            String unit,
            String description,
            String verification,
            List<org.idds.cds.kernel.Citation> citations,
            List<String> usedBy,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "Present when the parameter ships without a value: why, and that local "
                            + "policy decides until a site sets it")
            java.util.Optional<String> noDefault,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "Present when the value is a shipped default awaiting the site's sign-off: why it "
                            + "ships and what it does (warns or blocks); absent for a figure a cited source sets")
            java.util.Optional<String> shippedDefault) {}
}
