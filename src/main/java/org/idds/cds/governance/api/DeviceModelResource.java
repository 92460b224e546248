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
import org.idds.cds.device.DeviceCapabilities.PatientBolusCapability;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.FigureRange;
import org.idds.cds.device.MriInstructions;
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
                    + "dates the refill, cited notes on replacement, alarms and refills), the volume the reservoir keeps "
                    + "that cannot be aspirated, and the structured MRI instructions of its labelling (or NOT_RECORDED: "
                    + "none given), each figure and statement with its UCUM unit, verification status and sources")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public List<DeviceModelView> deviceModels() {
        return KnowledgeItems.views(rulesets.active().deviceModels(), DeviceModelView::of);
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
            CapabilitiesView capabilities,
            Optional<FigureView> nonAspirableVolume,
            Optional<MriView> mri) {

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
                    CapabilitiesView.of(d.capabilities()),
                    d.nonAspirableVolume().map(FigureView::of),
                    d.mri().map(MriView::of));
        }
    }

    /**
     * The MRI instructions of the device's labelling: {@code labelling} {@code MR_CONDITIONAL} with the allowed field
     * strength ({@code EXACTLY} or {@code UP_TO}), spatial gradient, the steps before, during and after the scan (each
     * an {@code action} a rule can use, with its text and sources), the alternative route for the drug and, where a
     * source gives them, wound healing, the emergency path and the hazard; or {@code NOT_RECORDED} with {@code text}
     * and no instructions.
     */
    public record MriView(
            String labelling,
            Optional<String> text,
            Optional<FieldStrengthView> fieldStrength,
            Optional<FigureView> spatialGradientMax,
            List<MriStepView> beforeScan,
            List<MriStepView> duringScan,
            List<MriStepView> afterScan,
            Optional<StatementView> alternativeRoute,
            Optional<StatementView> woundHealedFirst,
            Optional<StatementView> emergencyScan,
            Optional<StatementView> hazard) {

        static MriView of(MriInstructions m) {
            return new MriView(
                    m.labelling().name(),
                    m.text(),
                    m.fieldStrength().map(FieldStrengthView::of),
                    m.spatialGradientMax().map(FigureView::of),
                    m.beforeScan().stream().map(MriStepView::of).toList(),
                    m.duringScan().stream().map(MriStepView::of).toList(),
                    m.afterScan().stream().map(MriStepView::of).toList(),
                    m.alternativeRoute().map(StatementView::of),
                    m.woundHealedFirst().map(StatementView::of),
                    m.emergencyScan().map(StatementView::of),
                    m.hazard().map(StatementView::of));
        }
    }

    /** The static field strength the labelling allows: {@code EXACTLY} that strength or {@code UP_TO} it. */
    public record FieldStrengthView(String allowed, FigureView strength) {

        static FieldStrengthView of(MriInstructions.FieldStrength f) {
            return new FieldStrengthView(f.allowed().name(), FigureView.of(f.strength()));
        }
    }

    /** One MRI step: its action, the volume it concerns, its text, verification and sources. */
    public record MriStepView(
            String action, Optional<FigureView> volume, String text, String verification, List<Citation> citations) {

        static MriStepView of(MriInstructions.Step s) {
            return new MriStepView(
                    s.action().name(),
                    s.volume().map(FigureView::of),
                    s.text(),
                    s.verification().name(),
                    s.citations());
        }
    }

    /** A cited MRI statement. */
    public record StatementView(String text, String verification, List<Citation> citations) {

        static StatementView of(MriInstructions.Statement s) {
            return new StatementView(s.text(), s.verification().name(), s.citations());
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

    /** A cited statement about the device, by topic ({@code replacement-indicator}, {@code alarms}, ...). */
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

        static FlowRangeView of(FigureRange r) {
            return new FlowRangeView(FigureView.of(r.min()), FigureView.of(r.max()));
        }
    }
}
