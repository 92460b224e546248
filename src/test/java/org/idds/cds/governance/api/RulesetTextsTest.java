package org.idds.cds.governance.api;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import org.idds.cds.support.Api;
import org.idds.cds.support.Knowledge;
import org.idds.cds.web.Problem;
import org.junit.jupiter.api.Test;

/**
 * Ruleset text by content hash ({@code /api/v1/rulesets/{hash}/...}): verbatim, cacheable for a year with an ETag,
 * 304 on a match, a 404 that is not cached for an unknown hash or key, and archived rulesets read by their hash.
 */
@QuarkusTest
class RulesetTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTIVE = Knowledge.loader().bundled().contentHash();
    private static final String IMMUTABLE = "private, max-age=31536000, immutable";

    private static Response get(String path, Object... params) {
        return Api.request().get("/api/v1/rulesets/{hash}/" + path, params);
    }

    @Test
    void aRuleIsItsEntryAsInItsRulesFileWithAnETagAndCacheableForAYear() throws Exception {
        Response answer = get("rules/{id}", ACTIVE, "SEL-RP-001");
        answer.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", IMMUTABLE)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""));
        JsonNode file = JSON.readTree(
                Files.readString(Path.of("src/main/resources/rules/selection/refractory-pain/rules.json")));
        JsonNode entry = null;
        for (JsonNode rule : file.path("rules")) {
            if (rule.path("id").asText().equals("SEL-RP-001")) {
                entry = rule;
            }
        }
        assertEquals(entry, JSON.readTree(answer.asString()));
    }

    @Test
    void aMatchingIfNoneMatchIsNotModified() {
        String etag = get("sources/{key}", ACTIVE, "SMITH2002")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.request()
                .header("If-None-Match", etag)
                .get("/api/v1/rulesets/{hash}/sources/{key}", ACTIVE, "SMITH2002")
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", IMMUTABLE)
                .body(emptyString());
        Api.request()
                .header("If-None-Match", "\"0123\", W/" + etag)
                .get("/api/v1/rulesets/{hash}/sources/{key}", ACTIVE, "SMITH2002")
                .then()
                .statusCode(304);
        Api.request()
                .header("If-None-Match", "\"0123\"")
                .get("/api/v1/rulesets/{hash}/sources/{key}", ACTIVE, "SMITH2002")
                .then()
                .statusCode(200)
                .body("label", startsWith("Smith"));
    }

    @Test
    void theHashIsTakenRawOrUrlEncoded() {
        for (String hash : new String[] {ACTIVE, ACTIVE.replace(":", "%3A"), ACTIVE.replace(":", "%3a")}) {
            Api.request()
                    .urlEncodingEnabled(false)
                    .get("/api/v1/rulesets/" + hash + "/rules/SEL-RP-001")
                    .then()
                    .statusCode(200)
                    .body("id", equalTo("SEL-RP-001"));
        }
    }

    @Test
    void anUnknownHashIsANotFoundProblemThatIsNotCached() {
        get("rules/{id}", "sha256:" + "0".repeat(64), "SEL-RP-001")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .body("status", equalTo(404));
        get("rules/{id}", "not-a-hash", "SEL-RP-001").then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    void anUnknownKeyOfEveryKindIsANotFoundProblemThatIsNotCached() {
        for (String kind :
                new String[] {"rules", "figures", "sources", "statements", "outcomes", "algorithms", "devices"}) {
            get(kind + "/{key}", ACTIVE, "NO-SUCH-KEY")
                    .then()
                    .statusCode(404)
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Cache-Control", "no-store");
        }
        get("answers/{key}", ACTIVE, "SEL-RP-001").then().statusCode(404);
    }

    @Test
    void withoutATokenTheRefusalIsNotCached() {
        Api.anonymous()
                .get("/api/v1/rulesets/{hash}/rules/{id}", ACTIVE, "SEL-RP-001")
                .then()
                .statusCode(401)
                .header("Cache-Control", "no-store");
    }

    @Test
    void anArchivedRulesetsRuleIsServedByItsHashWithoutLoadingIt() {
        String archived = Knowledge.loader().archived("2026.11.0").contentHash();
        get("rules/{id}", archived, "SEL-RP-001")
                .then()
                .statusCode(200)
                .header("Cache-Control", IMMUTABLE)
                .body("version", equalTo("1.0.0"))
                .body("status", equalTo("ACTIVE"));
        String previous = Knowledge.loader().archived("2026.12.2").contentHash();
        get("figures/{key}", previous, "hold.naproxen.restartAfter")
                .then()
                .statusCode(200)
                .body("description", equalTo("Restart naproxen after implant (ASRA_PAIN_2018_HIGH_RISK)"));
    }

    @Test
    void aFigureOfADataFileResolvesWithItsDescriptionValueAndProvenance() {
        get("figures/{key}", ACTIVE, "dose-ceiling.morphine.oral")
                .then()
                .statusCode(200)
                .body("key", equalTo("dose-ceiling.morphine.oral"))
                .body("description", startsWith("Plausibility ceiling on the daily dose of morphine oral"))
                .body("unit", equalTo("mg/d"))
                .body("file", equalTo("shared/drugs.json"));
        // the catalogue's holds moved to safety's procedure parameters (issue 17); an archived ruleset still serves
        // them
        String lastWithHolds = Knowledge.loader().archived("2026.12.4").contentHash();
        get("figures/{key}", lastWithHolds, "hold.naproxen.stopBefore")
                .then()
                .statusCode(200)
                .body("description", startsWith("Stop naproxen before implant (ASRA_PAIN_2018_"))
                .body("unit", equalTo("d"))
                .body("file", equalTo("shared/drugs.json"));
        get("figures/{key}", ACTIVE, "hold.naproxen.stopBefore").then().statusCode(404);
        get("figures/{key}", ACTIVE, "library.ziconotide.titration[0].maxIncrease")
                .then()
                .statusCode(200)
                .body("unit", equalTo("ug/d"));
        get("figures/{key}", ACTIVE, "library.ziconotide.maxDailyDose")
                .then()
                .statusCode(200)
                .body("sitePolicy.options.choice", org.hamcrest.Matchers.hasItems("US", "EU"));
        get("figures/{key}", ACTIVE, "library.stability.morphine+bupivacaine+clonidine")
                .then()
                .statusCode(200)
                .body("description", startsWith("Studied stability of morphine + bupivacaine + clonidine"));
    }

    @Test
    void anOutcomesFileIsServedByteForByte() throws Exception {
        String file = Files.readString(Path.of("src/main/resources/rules/selection/outcomes.json"));
        assertEquals(
                file,
                get("outcomes/{concern}", ACTIVE, "selection")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void aDeviceModelIsItsFileByteForByteByItsId() throws Exception {
        String file = Files.readString(Path.of("device-model/synchromed-ii-40ml.json"));
        get("devices/{id}", ACTIVE, "synchromed-ii-40ml")
                .then()
                .statusCode(200)
                .header("Cache-Control", IMMUTABLE)
                .body("title", equalTo("Medtronic SynchroMed II programmable pump, 40 mL reservoir"));
        assertEquals(file, get("devices/{id}", ACTIVE, "synchromed-ii-40ml").asString());
    }

    @Test
    void aDrugSelectionAlgorithmIsItsFileByteForByteByItsId() throws Exception {
        String file = Files.readString(Path.of("src/main/resources/rules/dosing/pacc-2017-algorithm.json"));
        Response answer = get("algorithms/{id}", ACTIVE, "pacc-2017-algorithm");
        answer.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", IMMUTABLE)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""));
        assertEquals(file, answer.asString());
        Api.request()
                .header("If-None-Match", answer.header("ETag"))
                .get("/api/v1/rulesets/{hash}/algorithms/{id}", ACTIVE, "pacc-2017-algorithm")
                .then()
                .statusCode(304);
        // by the algorithm's id, not its path
        get("algorithms/{id}", ACTIVE, "pacc-2017-algorithm.json").then().statusCode(404);
    }

    @Test
    void anArchivedRulesetsAlgorithmIsServedByItsHashAndOneWithoutAnAlgorithmHasNone() throws Exception {
        String archived = Knowledge.loader().archived("2026.12.2").contentHash();
        assertEquals(
                Files.readString(
                        Path.of("src/main/resources/ruleset-archive/2026.12.2/dosing/pacc-2017-algorithm.json")),
                get("algorithms/{id}", archived, "pacc-2017-algorithm")
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", IMMUTABLE)
                        .extract()
                        .asString());
        String first = Knowledge.loader().archived("2026.11.0").contentHash();
        get("algorithms/{id}", first, "pacc-2017-algorithm")
                .then()
                .statusCode(404)
                .header("Cache-Control", "no-store");
    }
}
