package org.idds.cds.governance.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.idds.cds.support.Api;
import org.idds.cds.web.Problem;
import org.junit.jupiter.api.Test;

/** Governance can read every rule with its metadata, the evidence catalogue and the thresholds. */
@QuarkusTest
class KnowledgeEndpointsTest {

    @Test
    void rulesAreListedWithIdVersionStatusAndCitations() {
        Api.request()
                .get("/api/v1/rules")
                .then()
                .statusCode(200)
                .body("size()", greaterThan(30))
                .body("id", hasItem("SEL-RP-001"))
                .body("find { it.id == 'SEL-RP-001' }.version", equalTo("1.0.0"))
                .body("find { it.id == 'SEL-RP-001' }.status", equalTo("ACTIVE"))
                .body("find { it.id == 'SEL-RP-001' }.citations.sourceKey", hasItem("SMITH2002"))
                .body("citations.flatten().size()", greaterThan(30));
    }

    @Test
    void evidenceSourcesCarryReferenceAndKind() {
        Api.request()
                .get("/api/v1/evidence-sources")
                .then()
                .statusCode(200)
                .body("find { it.key == 'SMITH2002' }.doi", equalTo("10.1200/JCO.2002.02.118"))
                .body("kind", everyItem(org.hamcrest.Matchers.in(new String[] {
                    "GUIDELINE", "LABEL", "STUDY", "SEED", "SECONDARY"
                })));
    }

    @Test
    void thresholdsAreDataWithUnitsAndProvenance() {
        Api.request()
                .get("/api/v1/parameters")
                .then()
                .statusCode(200)
                .body("find { it.key == 'refractory.ome.min' }.value", equalTo(200))
                .body("find { it.key == 'refractory.ome.min' }.unit", equalTo("mg/d"))
                .body("find { it.key == 'refractory.ome.min' }.verification", equalTo("VERIFIED"));
    }

    @Test
    void theActiveRulesetHasAVersionAndContentHash() {
        Api.request()
                .get("/api/v1/ruleset")
                .then()
                .statusCode(200)
                .body("contentHash", startsWith("sha256:"))
                .body("version", not(equalTo("")));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        Api.request()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/candidacy-assessments"))
                .body(containsString("/api/v1/referral-checks"))
                .body(containsString("/api/v1/assessments/{id}"))
                .body(containsString("/api/v1/rules"))
                .body(containsString("/api/v1/evidence-sources"));
        Api.request().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void healthIncludesTheDatabase() {
        Api.request().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void oneRuleIsReadWithItsDrlLocationAndTheFiguresItUses() {
        Api.request()
                .get("/api/v1/rules/SEL-RP-001")
                .then()
                .statusCode(200)
                .body("metadata.id", equalTo("SEL-RP-001"))
                .body("metadata.citations.sourceKey", hasItem("SMITH2002"))
                .body("drl.file", equalTo("selection/refractory-pain/RefractoryPain.drl"))
                .body("drl.line", greaterThan(0))
                .body("parameters.key", hasItem("refractory.ome.min"))
                .body("parameters.find { it.key == 'refractory.ome.min' }.unit", equalTo("mg/d"));
        Api.request()
                .get("/api/v1/rules/SEL-XX-999")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404));
    }

    @Test
    void theDrugCatalogueShowsEveryFigureWithItsProvenanceAndVerification() {
        Api.request()
                .get("/api/v1/drugs")
                .then()
                .statusCode(200)
                .body("size()", greaterThan(30))
                .body("find { it.name == 'fentanyl' }.drugClass", equalTo("OPIOID"))
                .body(
                        "find { it.name == 'fentanyl' }.routes.find { it.route == 'transdermal' }.doseUnits",
                        hasItem("ug/h"))
                .body(
                        "find { it.name == 'fentanyl' }.routes.find { it.route == 'transdermal' }.oralMorphineEquivalent.per",
                        equalTo("ug/h"))
                .body(
                        "find { it.name == 'fentanyl' }.routes.find { it.route == 'transdermal' }.oralMorphineEquivalent.verification",
                        equalTo("UNVERIFIED"))
                .body("find { it.name == 'apixaban' }.periImplantHold.policy", equalTo("ASRA_PAIN_2018_HIGH_RISK"))
                .body("find { it.name == 'apixaban' }.periImplantHold.stopBefore.unit", equalTo("d"))
                .body("find { it.name == 'apixaban' }.periImplantHold.citations.sourceKey", hasItem("NAROUZE2018"));
    }
}
