package org.idds.cds.governance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.clinical.Admixture;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrug.DoseRange;
import org.idds.cds.clinical.IntrathecalDrug.Limit;
import org.idds.cds.clinical.IntrathecalDrug.RefillInterval;
import org.idds.cds.clinical.IntrathecalDrug.TitrationLimit;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.governance.api.KnowledgeViews.QuantityView;
import org.idds.cds.kernel.Citation;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.Roles;

/**
 * The intrathecal drug library of the active ruleset ({@code drugLibrary} in the manifest): per drug every figure with
 * its UCUM unit, severity (a soft consensus limit is a warning, a hard label or plausibility limit critical),
 * verification status and sources; "no established maximum" where no verified maximum exists; and the admixtures
 * whose stability was studied, with the studied duration.
 */
@Path("/api/v1/drug-library")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class DrugLibraryResource {

    private final Rulesets rulesets;

    public DrugLibraryResource(Rulesets rulesets) {
        this.rulesets = rulesets;
    }

    @GET
    @Operation(
            summary = "The intrathecal drug library: per drug the trial bolus and starting ranges, maximum "
                    + "concentration and daily dose (or that no maximum is established), the plausibility ceiling, "
                    + "titration and refill limits; and the studied admixtures. Every figure with its UCUM unit, "
                    + "severity, verification status and sources")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public DrugLibraryView drugLibrary() {
        return DrugLibraryView.of(rulesets.active().content().drugLibrary());
    }

    /** The library as a reviewer reads it (an API view, apart from the loader's records). */
    public record DrugLibraryView(List<DrugView> drugs, List<AdmixtureView> admixtures) {

        static DrugLibraryView of(IntrathecalDrugLibrary library) {
            return new DrugLibraryView(
                    library.drugs().stream().map(DrugView::of).toList(),
                    library.admixtures().stream().map(AdmixtureView::of).toList());
        }
    }

    /**
     * One drug: {@code name} is the drug catalogue's generic name; {@code noEstablishedMaximum} says where no verified
     * maximum exists instead of a figure; {@code implausibleDailyDose} is a plausibility ceiling (a likely unit
     * error), not a clinical limit.
     */
    public record DrugView(
            String name,
            String role,
            Optional<RangeView> trialBolus,
            Optional<RangeView> startingDailyDose,
            Optional<LimitView> maxConcentration,
            Optional<LimitView> maxDailyDose,
            Optional<String> noEstablishedMaximum,
            LimitView implausibleDailyDose,
            List<TitrationView> titration,
            List<RefillIntervalView> refillIntervals,
            List<Citation> citations) {

        static DrugView of(IntrathecalDrug d) {
            return new DrugView(
                    d.name(),
                    d.role().name(),
                    d.trialBolus().map(RangeView::of),
                    d.startingDailyDose().map(RangeView::of),
                    d.maxConcentration().map(LimitView::of),
                    d.maxDailyDose().map(LimitView::of),
                    d.noEstablishedMaximum(),
                    LimitView.of(d.implausibleDailyDose()),
                    d.titration().stream().map(TitrationView::of).toList(),
                    d.refillIntervals().stream().map(RefillIntervalView::of).toList(),
                    d.citations());
        }
    }

    /** A limit: exact value and UCUM unit, severity ({@code WARNING} soft, {@code CRITICAL} hard), provenance. */
    public record LimitView(
            QuantityView value, String severity, String verification, String note, List<Citation> citations) {

        static LimitView of(Limit l) {
            return new LimitView(
                    QuantityView.of(l.value()),
                    l.severity().name(),
                    l.verification().name(),
                    l.note(),
                    l.citations());
        }
    }

    /** A recommended range, both ends in one unit. */
    public record RangeView(
            QuantityView low, QuantityView high, String verification, String note, List<Citation> citations) {

        static RangeView of(DoseRange r) {
            return new RangeView(
                    QuantityView.of(r.low()),
                    QuantityView.of(r.high()),
                    r.verification().name(),
                    r.note(),
                    r.citations());
        }
    }

    /**
     * A titration limit: the largest increase per step (mg/d or ug/d, or a fraction of the current daily dose in unit
     * {@code 1}) and the shortest interval between steps, where the source gives them.
     */
    public record TitrationView(
            Optional<QuantityView> maxIncrease,
            Optional<QuantityView> minInterval,
            String verification,
            String note,
            List<Citation> citations) {

        static TitrationView of(TitrationLimit t) {
            return new TitrationView(
                    t.maxIncrease().map(QuantityView::of),
                    t.minInterval().map(QuantityView::of),
                    t.verification().name(),
                    t.note(),
                    t.citations());
        }
    }

    /**
     * The longest interval to the next refill under a condition ({@code FIRST_FILL}, {@code DILUTED}, ...), and for
     * {@code UNDILUTED} the strengths the product is supplied in.
     */
    public record RefillIntervalView(
            String condition,
            QuantityView maxInterval,
            String verification,
            String note,
            List<Citation> citations,
            List<QuantityView> suppliedConcentrations) {

        static RefillIntervalView of(RefillInterval r) {
            return new RefillIntervalView(
                    r.condition().name(),
                    QuantityView.of(r.maxInterval()),
                    r.verification().name(),
                    r.note(),
                    r.citations(),
                    r.suppliedConcentrations().stream().map(QuantityView::of).toList());
        }
    }

    /** Reservoir contents whose stability was studied, and for how long. */
    public record AdmixtureView(
            List<String> components,
            QuantityView studiedDuration,
            String verification,
            String note,
            List<Citation> citations) {

        static AdmixtureView of(Admixture a) {
            return new AdmixtureView(
                    a.components(),
                    QuantityView.of(a.studiedDuration()),
                    a.verification().name(),
                    a.note(),
                    a.citations());
        }
    }
}
