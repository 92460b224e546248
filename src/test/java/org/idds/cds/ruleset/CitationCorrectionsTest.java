package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Verification;
import org.junit.jupiter.api.Test;

/**
 * Citations that did not support their claim are corrected (issue 7, item 11), and stay corrected: a clinicians'
 * opinion range is not cited for the threshold it disagrees with, a referral-criteria locator is not cited for
 * infection, and the non-cancer guideline is not cited for what it does not say about active cancer; the Smith 2002
 * trial's life-expectancy entry criterion is cited where the implant edge is.
 */
class CitationCorrectionsTest {

    private final Ruleset ruleset = org.idds.cds.support.Knowledge.loader()
            .load(org.idds.cds.support.Knowledge.loader().bundled());

    @Test
    void theFourMonthsToOneYearOpinionRangeIsNotCitedForTheThreeMonthEdge() {
        Parameter edge = parameter("lifeExpectancy.implantedPump.min");
        assertEquals(0, edge.value().compareTo(new java.math.BigDecimal("3")));
        edge.citations().forEach(c -> {
            assertFalse(c.locator().contains("4 months to 1 year"), c.toString());
            assertFalse(c.sourceKey().equals("SEED003_UK_QUALITATIVE"), c.toString());
        });
        // nor anywhere else: the range is practice opinion, named in the edge's description as not adopted
        allCitations().forEach(c -> assertFalse(c.locator().contains("4 months to 1 year"), c.toString()));
        assertTrue(edge.description().contains("4 months to 1 year"));
    }

    @Test
    void theInfectionRulesCiteMedtronicsContraindicationsNotItsReferralCriteria() {
        for (String id : List.of("SEL-CI-001", "SEL-CI-002", "SEL-CI-010")) {
            RuleMetadata rule = ruleset.rule(id).orElseThrow();
            assertEquals(List.of("INFECTION"), rule.inputs(), id);
            Citation medtronic = rule.citations().stream()
                    .filter(c -> c.sourceKey().equals("MEDTRONIC_CANCER_SELECTION"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(medtronic.locator().startsWith("Contraindications: infection"), id);
            rule.citations().forEach(c -> assertFalse(c.locator().startsWith("Referral criteria"), id + " " + c));
        }
        // the bare "Referral criteria for cancer pain" locator supports no particular claim: no longer cited
        allCitations().forEach(c -> assertFalse(c.locator().equals("Referral criteria for cancer pain"), c.toString()));
    }

    @Test
    void theActiveCancerClaimDoesNotCiteTheNonCancerGuideline() {
        RuleMetadata activeCancer = ruleset.rule("SEL-PS-003").orElseThrow();
        activeCancer.citations().forEach(c -> {
            assertFalse(c.sourceKey().equals("PACC2024_NONCANCER"), c.toString());
            assertFalse(c.locator().contains("cancer by clinical judgement"), c.toString());
        });
        // what is recalled stays marked so
        assertTrue(activeCancer.citations().stream()
                .anyMatch(c -> c.sourceKey().equals("PACC2024_CANCER") && c.verification() == Verification.UNVERIFIED));
    }

    @Test
    void smith2002sLifeExpectancyEntryCriterionIsCitedOnTheImplantEdgeAsUnverified() {
        // read only in a secondary summary of the trial (not in its abstract), so not VERIFIED
        Stream.concat(
                        Stream.of("SEL-LE-001", "SEL-LE-002")
                                .map(id -> ruleset.rule(id).orElseThrow().citations()),
                        Stream.of(parameter("lifeExpectancy.implantedPump.min").citations()))
                .forEach(citations -> {
                    Citation smith = citations.stream()
                            .filter(c -> c.sourceKey().equals("SMITH2002"))
                            .findFirst()
                            .orElseThrow();
                    assertTrue(smith.locator().startsWith("Eligibility: expected survival of at least 3 months"));
                    assertEquals(Verification.UNVERIFIED, smith.verification());
                });
    }

    private Parameter parameter(String key) {
        return ruleset.parameters().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private Stream<Citation> allCitations() {
        return Stream.concat(
                ruleset.rules().values().stream().flatMap(r -> r.citations().stream()),
                ruleset.parameters().stream().flatMap(p -> p.citations().stream()));
    }
}
