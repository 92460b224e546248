package org.idds.cds.governance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.FlowRange;
import org.idds.cds.kernel.Citation;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.Roles;

/** The device models of the active ruleset ({@code device-model/}), every figure with unit and provenance. */
@Path("/api/v1/device-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class DeviceModelResource {

    private final Rulesets rulesets;

    public DeviceModelResource(Rulesets rulesets) {
        this.rulesets = rulesets;
    }

    @GET
    @Operation(
            summary = "The device models: identity, reservoir, low-reservoir alarm default and flow range, each figure "
                    + "with its UCUM unit, verification status and sources")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public List<DeviceModelView> deviceModels() {
        return rulesets.active().deviceModels().stream()
                .map(DeviceModelView::of)
                .toList();
    }

    /** One device model as a reviewer reads it (an API view, apart from the loader's record). */
    public record DeviceModelView(
            String id,
            String version,
            String status,
            String title,
            String description,
            String manufacturer,
            String model,
            Optional<FigureView> reservoirVolume,
            Optional<FigureView> lowReservoirAlarmDefault,
            Optional<FlowRangeView> flowRate,
            List<Citation> citations) {

        static DeviceModelView of(DeviceModel d) {
            return new DeviceModelView(
                    d.id(),
                    d.version(),
                    d.status(),
                    d.title(),
                    d.description(),
                    d.manufacturer(),
                    d.model(),
                    d.reservoirVolume().map(FigureView::of),
                    d.lowReservoirAlarmDefault().map(FigureView::of),
                    d.flowRate().map(FlowRangeView::of),
                    d.citations());
        }
    }

    /** A device figure: exact value, UCUM unit, verification status, note and sources. */
    public record FigureView(
            BigDecimal value, String unit, String verification, Optional<String> note, List<Citation> citations) {

        static FigureView of(DeviceFigure f) {
            return new FigureView(f.value(), f.unit(), f.verification().name(), f.note(), f.citations());
        }
    }

    public record FlowRangeView(FigureView min, FigureView max) {

        static FlowRangeView of(FlowRange r) {
            return new FlowRangeView(FigureView.of(r.min()), FigureView.of(r.max()));
        }
    }
}
