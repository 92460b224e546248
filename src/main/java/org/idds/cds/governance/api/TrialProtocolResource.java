package org.idds.cds.governance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.clinical.trial.CitedThreshold;
import org.idds.cds.clinical.trial.MonitoringItem;
import org.idds.cds.clinical.trial.RecordItem;
import org.idds.cds.clinical.trial.SitePolicy;
import org.idds.cds.clinical.trial.TrialDrug;
import org.idds.cds.clinical.trial.TrialObservation;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.clinical.trial.TrialStatement;
import org.idds.cds.kernel.Citation;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.Roles;

/**
 * The trial protocols of the active ruleset ({@code trial-protocols/}), as the device models are read (same roles, the
 * same active ruleset): every figure with its unit, verification status and sources; dose ranges, systemic opioids and
 * success criteria as site policy (the cited figures and why there is no default).
 */
@Path("/api/v1/trial-protocols")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class TrialProtocolResource {

    private final Rulesets rulesets;

    public TrialProtocolResource(Rulesets rulesets) {
        this.rulesets = rulesets;
    }

    @GET
    @Operation(
            summary = "The intrathecal trial protocols: method, routes, drugs with their dose ranges as site policy"
                    + " (cited, no default), prerequisites, observation policies (the strictest by default),"
                    + " monitoring, naloxone and resuscitation readiness, the handling of systemic opioids and the"
                    + " success criteria (site policy), what to record, each figure and statement with its unit,"
                    + " verification status and sources")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public List<TrialProtocolView> trialProtocols() {
        return KnowledgeItems.views(rulesets.active().trialProtocols(), TrialProtocolView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One trial protocol by id (the file name without .json)")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public TrialProtocolView trialProtocol(@PathParam("id") String id) {
        return TrialProtocolView.of(
                KnowledgeItems.byId(rulesets.active().trialProtocols(), TrialProtocol::id, id, "trial protocol"));
    }

    /** One trial protocol as a reviewer reads it (the loader's typed record without its file path and text). */
    public record TrialProtocolView(
            String id,
            String version,
            String status,
            String title,
            String description,
            String method,
            List<String> routes,
            List<TrialDrug> drugs,
            List<TrialStatement> prerequisites,
            TrialObservation observation,
            List<MonitoringItem> monitoring,
            List<TrialStatement> readiness,
            Optional<SitePolicy<TrialStatement>> systemicOpioids,
            List<RecordItem> record,
            SitePolicy<CitedThreshold> successCriteria,
            List<Citation> citations) {

        static TrialProtocolView of(TrialProtocol p) {
            return new TrialProtocolView(
                    p.id(),
                    p.version(),
                    p.status(),
                    p.title(),
                    p.description(),
                    p.method().name(),
                    p.routes(),
                    p.drugs(),
                    p.prerequisites(),
                    p.observation(),
                    p.monitoring(),
                    p.readiness(),
                    p.systemicOpioids(),
                    p.record(),
                    p.successCriteria(),
                    p.citations());
        }
    }
}
