package org.idds.cds.kernel.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Stream;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 15 item 1: every case's answer validates against the JSON Schema of its answer format
 * ({@code answer-schemas/*.schema.json}, draft 2020-12) and names the format in its first field. Every selection case
 * is sent as a candidacy assessment and, where the referral form accepts its request, as a referral check; every
 * dosing case as a prescription check; every safety case as a procedure check or a follow-up check; every trial case as a trial evaluation or a trial plan; every MDT case; the drug options of every track.
 */
@QuarkusTest
class AnswerSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema CANDIDACY = schema("candidacy");
    private static final JsonSchema REFERRAL = schema("referral-check");
    private static final JsonSchema PRESCRIPTION = schema("prescription-check");
    private static final JsonSchema MDT_CASE = schema("mdt-case");
    private static final JsonSchema DRUG_OPTIONS = schema("drug-options");
    private static final JsonSchema PROCEDURE = schema("procedure-check");
    private static final JsonSchema FOLLOW_UP = schema("follow-up-check");
    private static final JsonSchema TRIAL_EVALUATION = schema("trial-evaluation");
    private static final JsonSchema TRIAL_PLAN = schema("trial-plan");

    @TestFactory
    Stream<DynamicTest> everySelectionCaseAnswersInFormat2() {
        return Fixtures.all("selection").stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    valid(CANDIDACY, Api.candidacyAnswer(c), c.path());
                    var referral = Api.request()
                            .contentType(ContentType.JSON)
                            .body(c.request())
                            .post("/api/v1/referral-checks")
                            .then()
                            .extract();
                    if (referral.statusCode() == 200) {
                        valid(REFERRAL, referral.asString(), c.path() + " (referral check)");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyDosingCaseAnswersInFormat2() {
        return Fixtures.all("dosing").stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.name(), () -> valid(PRESCRIPTION, Api.prescriptionAnswer(c), c.path())));
    }

    @TestFactory
    Stream<DynamicTest> everySafetyCaseAnswersInFormat2() {
        return Fixtures.all("safety").stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.name(),
                        () -> valid(
                                "POST /api/v1/follow-up-checks".equals(c.when()) ? FOLLOW_UP : PROCEDURE,
                                Api.safetyAnswer(c),
                                c.path())));
    }

    /** Every trial case's request as the service answers it (a site-set case: as shipped, without its threshold). */
    @TestFactory
    Stream<DynamicTest> everyTrialCaseAnswersInFormat2() {
        return Fixtures.all("trial").stream()
                .filter(c -> "POST /api/v1/trial-evaluations".equals(c.when()))
                .map(c ->
                        DynamicTest.dynamicTest(c.name(), () -> valid(TRIAL_EVALUATION, Api.trialAnswer(c), c.path())));
    }

    @TestFactory
    Stream<DynamicTest> everyMdtCaseAnswersInFormat2() {
        return Fixtures.all("mdt").stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> valid(MDT_CASE, mdtAnswer(c), c.path())));
    }

    @TestFactory
    Stream<DynamicTest> everyTrialPlanCaseAnswersInFormat2() {
        return Fixtures.all("trial").stream()
                .filter(c -> "POST /api/v1/trial-plans".equals(c.when()))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> valid(TRIAL_PLAN, Api.trialAnswer(c), c.path())));
    }

    /** Drug options (not stored, no case folders): every track of the algorithm, with each psychosis answer. */
    @TestFactory
    Stream<DynamicTest> everyDrugOptionsAnswerIsInFormat2() {
        return Stream.of("CANCER", "NON_CANCER")
                .flatMap(population -> Stream.of("LOCALIZED", "DIFFUSE")
                        .flatMap(distribution -> Stream.of(
                                        ", \"psychosisHistory\": true", ", \"psychosisHistory\": false", "")
                                .map(history -> "{\"population\": \"" + population + "\", \"distribution\": \""
                                        + distribution + "\"" + history + "}")))
                .map(body -> DynamicTest.dynamicTest(
                        body,
                        () -> valid(
                                DRUG_OPTIONS,
                                Api.request()
                                        .contentType(ContentType.JSON)
                                        .body(body)
                                        .post("/api/v1/drug-options")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString(),
                                "drug options " + body)));
    }

    /** The MDT case's answer as sent (the MDT clinician's token is the test profile's default). */
    private static String mdtAnswer(org.idds.cds.support.Fixtures.ClinicalCase c) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .post("/api/v1/mdt-cases")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static void valid(JsonSchema schema, String answer, String where) throws IOException {
        JsonNode tree = JSON.readTree(answer);
        assertEquals("format", tree.fieldNames().next(), where + ": the format is the first field");
        assertEquals(AnswerFormat.ANSWER_2, tree.path("format").asText(), where);
        Set<ValidationMessage> problems = schema.validate(tree);
        assertTrue(problems.isEmpty(), where + ": " + problems);
    }

    private static JsonSchema schema(String name) {
        try (InputStream in = AnswerSchemasTest.class
                .getClassLoader()
                .getResourceAsStream("answer-schemas/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
