package org.idds.cds.governance.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DoseCeiling;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.HoldAdvice;
import org.idds.cds.clinical.OmeConversion;
import org.idds.cds.clinical.RouteEntry;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.ruleset.RuleMetadata;

/** What a reviewer reads of the knowledge: API views, apart from the loader's records. */
final class KnowledgeViews {

    private KnowledgeViews() {}

    record QuantityView(BigDecimal value, String unit) {
        static QuantityView of(Quantity q) {
            return new QuantityView(q.value(), q.unit().ucum());
        }
    }

    /** Oral morphine equivalent factor: mg/d of oral morphine per unit of this drug by this route. */
    record OmeView(
            String per, BigDecimal factor, String verification, List<Citation> citations, Optional<String> label) {
        static OmeView of(OmeConversion c) {
            return new OmeView(c.per().ucum(), c.factor(), c.verification().name(), c.citations(), c.label());
        }
    }

    record HoldView(
            QuantityView stopBefore,
            QuantityView restartAfter,
            String policy,
            String policyNote,
            String verification,
            List<Citation> citations) {
        static HoldView of(HoldAdvice h) {
            return new HoldView(
                    QuantityView.of(h.stopBefore()),
                    QuantityView.of(h.restartAfter()),
                    h.policy(),
                    h.policyNote(),
                    h.verification().name(),
                    h.citations());
        }
    }

    /** Plausibility ceiling on the daily dose: above it a dose is a likely unit error until confirmed. */
    record CeilingView(QuantityView dailyDose, String why, String verification, List<Citation> citations) {
        static CeilingView of(DoseCeiling c) {
            return new CeilingView(
                    QuantityView.of(c.dailyDose()), c.why(), c.verification().name(), c.citations());
        }
    }

    /** Where cited sources disagree on the factor, {@code alternativeOralMorphineEquivalent} is the other one. */
    record RouteView(
            String route,
            List<String> doseUnits,
            Optional<OmeView> oralMorphineEquivalent,
            Optional<OmeView> alternativeOralMorphineEquivalent,
            Optional<HoldView> periImplantHold,
            Optional<CeilingView> plausibilityCeiling) {

        static RouteView of(RouteEntry r) {
            return new RouteView(
                    r.route().code(),
                    r.doseUnits().stream().map(u -> u.ucum()).toList(),
                    r.ome().map(OmeView::of),
                    r.alternativeOme().map(OmeView::of),
                    r.hold().map(HoldView::of),
                    r.ceiling().map(CeilingView::of));
        }
    }

    record BrandView(String name, List<String> routes) {}

    record DrugView(
            String name,
            String drugClass,
            List<RouteView> routes,
            Optional<HoldView> periImplantHold,
            List<String> synonyms,
            List<BrandView> brands) {
        static DrugView of(DrugEntry d) {
            return new DrugView(
                    d.name(),
                    d.drugClass().name(),
                    d.routes().stream().map(RouteView::of).toList(),
                    d.hold().map(HoldView::of),
                    d.synonyms(),
                    d.brands().stream()
                            .map(b -> new BrandView(
                                    b.name(),
                                    b.routes().stream().map(r -> r.code()).toList()))
                            .toList());
        }
    }

    /** Where a rule is written. */
    record DrlLocation(String file, int line) {}

    /**
     * A clinical case that covers a rule: its folder name, title, and folder under the test rules tree
     * ({@code src/test/resources/rules/<path>}), where its request, expectations and snapshot are.
     */
    record CoveringCase(String name, String title, String path) {}

    /**
     * One rule for review: its metadata, where its DRL is, the governed figures it compares against, and the clinical
     * cases that cover it.
     */
    record RuleDetail(
            RuleMetadata metadata,
            DrlLocation drl,
            List<KnowledgeResource.ParameterView> parameters,
            List<CoveringCase> cases) {}
}
