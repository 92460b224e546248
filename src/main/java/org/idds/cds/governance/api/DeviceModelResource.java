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
import org.idds.cds.device.DeviceCapabilities;
import org.idds.cds.device.DeviceCapabilities.DeviceNote;
import org.idds.cds.device.DeviceCapabilities.FigureRange;
import org.idds.cds.device.DeviceCapabilities.PatientBolusCapability;
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
            summary = "The device models: identity, reservoir, low-reservoir alarm default and flow range, and their "
                    + "capabilities (alarm range, flow accuracy, patient bolus, labelled drugs, how the programmer "
                    + "dates the refill, cited notes on MRI, replacement, alarms and refills), each figure with its UCUM "
                    + "unit, verification status and sources")
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
            List<Citation> citations,
            CapabilitiesView capabilities) {

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
                    d.citations(),
                    CapabilitiesView.of(d.capabilities()));
        }
    }

    /**
     * What the device can do beyond its basic figures: {@code labelledDrugs} are the catalogue's generic names its
     * labelling approves (each with its sources among the notes of topic {@code labelled-drugs}); {@code
     * refillDateRule} says how its own programmer dates the refill ({@code NOT_STATED} where no source read says);
     * {@code labelling}: per labelled drug, the products, highest labelled strength and indications (a use is on label
     * only when all three are).
     */
    public record CapabilitiesView(
            String kind,
            Optional<RangeView> lowReservoirAlarmRange,
            Optional<FigureView> flowAccuracy,
            Optional<PatientBolusView> patientBolus,
            List<String> labelledDrugs,
            String refillDateRule,
            Optional<FigureView> refillDateVolume,
            List<NoteView> notes,
            List<LabelledDrugView> labelling) {

        static CapabilitiesView of(DeviceCapabilities c) {
            return new CapabilitiesView(
                    c.kind().name(),
                    c.lowReservoirAlarmRange().map(RangeView::of),
                    c.flowAccuracy().map(FigureView::of),
                    c.patientBolus().map(PatientBolusView::of),
                    c.labelledDrugs(),
                    c.refillDateRule().name(),
                    c.refillDateVolume().map(FigureView::of),
                    c.notes().stream().map(NoteView::of).toList(),
                    c.labelling().stream().map(LabelledDrugView::of).toList());
        }
    }

    /** What a drug's labelling approves in this device: products, highest labelled strength, indications. */
    public record LabelledDrugView(
            String drug, List<String> products, Optional<FigureView> maxConcentration, List<String> indications) {

        static LabelledDrugView of(DeviceCapabilities.LabelledDrug l) {
            return new LabelledDrugView(
                    l.drug(),
                    l.products(),
                    l.maxConcentration().map(FigureView::of),
                    l.indications().stream().map(Enum::name).toList());
        }
    }

    /** Patient-activated bolus: offered or not, and the programmer's limits where a source gives them. */
    public record PatientBolusView(
            boolean available,
            Optional<FigureView> shortestLockout,
            Optional<FigureView> mostPerDay,
            List<Citation> citations) {

        static PatientBolusView of(PatientBolusCapability b) {
            return new PatientBolusView(
                    b.available(),
                    b.shortestLockout().map(FigureView::of),
                    b.mostPerDay().map(FigureView::of),
                    b.citations());
        }
    }

    /** A cited statement about the device, by topic ({@code mri}, {@code replacement-indicator}, ...). */
    public record NoteView(String topic, String text, String verification, List<Citation> citations) {

        static NoteView of(DeviceNote n) {
            return new NoteView(n.topic(), n.text(), n.verification().name(), n.citations());
        }
    }

    public record RangeView(FigureView min, FigureView max) {

        static RangeView of(FigureRange r) {
            return new RangeView(FigureView.of(r.min()), FigureView.of(r.max()));
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
