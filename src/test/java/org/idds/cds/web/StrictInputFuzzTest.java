package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded mutations of the valid clinical fixtures, each known to be invalid and generated together with the field it
 * must be refused for: wrong types, out-of-range numbers, huge exponents, decimals for whole numbers, unknown enum
 * values, unknown fields, nulls in lists, too many list entries, duplicate keys, NUL and other control characters,
 * blank text, trailing content, over-size bodies. Every one must be refused with a 4xx problem+json naming that field,
 * never a 2xx or 5xx, and none may add an audit row. The seed is fixed, so a failure reproduces exactly.
 */
@QuarkusTest
class StrictInputFuzzTest {

    private static final long SEED = 20_261_130L;
    private static final int MUTATIONS_PER_ENDPOINT = 1_100;
    private static final String CANDIDACY = "/api/v1/candidacy-assessments";
    private static final String REFERRAL = "/api/v1/referral-checks";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Escapes non-ASCII as \\uXXXX, so an unpaired surrogate reaches the server as sent (not as '?'). */
    private static final ObjectWriter WRITER = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    AuditRows audit;

    /** One refusal to check: the endpoint, the body, the field it must name, and how it was made (for the report). */
    record Case(String endpoint, String body, String field, String kind) {}

    enum Kind {
        WHOLE_NUMBER,
        /** A 0-10 pain score with at most one decimal. */
        SCORE,
        DECIMAL,
        DOSES_PER_DAY,
        BOOLEAN,
        ENUM,
        TEXT,
        DRUG,
        ROUTE,
        UNIT,
        OBJECT
    }

    /** The request fields of each endpoint, by JSON path ("[]" standing for one medication), with their kind. */
    private static final Map<String, Kind> CANDIDACY_FIELDS = fields(true);

    private static final Map<String, Kind> REFERRAL_FIELDS = fields(false);

    private static Map<String, Kind> fields(boolean full) {
        Map<String, Kind> f = new LinkedHashMap<>();
        f.put("caseReference", Kind.TEXT);
        f.put("patient", Kind.OBJECT);
        f.put("patient.ageYears", Kind.WHOLE_NUMBER);
        f.put("cancer", Kind.OBJECT);
        f.put("cancer.status", Kind.ENUM);
        f.put("pain", Kind.OBJECT);
        f.put("pain.worstScore", Kind.SCORE);
        f.put("pain.intolerableSystemicSideEffects", Kind.BOOLEAN);
        f.put("prognosis", Kind.OBJECT);
        f.put("prognosis.lifeExpectancy", Kind.OBJECT);
        f.put("prognosis.lifeExpectancy.value", Kind.DECIMAL);
        f.put("prognosis.lifeExpectancy.unit", Kind.UNIT);
        f.put("medications[]", Kind.OBJECT);
        f.put("medications[].drug", Kind.DRUG);
        f.put("medications[].route", Kind.ROUTE);
        f.put("medications[].dose", Kind.OBJECT);
        f.put("medications[].dose.value", Kind.DECIMAL);
        f.put("medications[].dose.unit", Kind.UNIT);
        f.put("medications[].dosesPerDay", Kind.DOSES_PER_DAY);
        f.put("contraindications", Kind.OBJECT);
        f.put("contraindications.infection", Kind.ENUM);
        f.put("contraindications.patientDeclines", Kind.BOOLEAN);
        if (full) {
            f.put("pain.mechanism", Kind.ENUM);
            f.put("pain.distribution", Kind.ENUM);
            f.put("contraindications.bleeding", Kind.ENUM);
            f.put("contraindications.uncorrectedCoagulopathy", Kind.BOOLEAN);
            f.put("contraindications.spinalCanalObstruction", Kind.BOOLEAN);
            f.put("contraindications.canAttendRefills", Kind.BOOLEAN);
            f.put("workUp", Kind.OBJECT);
            f.put("workUp.spinalOrEpiduralDisease", Kind.BOOLEAN);
            f.put("workUp.spinalImagingDone", Kind.BOOLEAN);
            f.put("workUp.psychologicalEvaluationDone", Kind.BOOLEAN);
        }
        return f;
    }

    /** Values that are wrong for a kind whatever the rest of the request says. */
    /** Pain scores: one decimal is accepted (8.5), never rounded, so two decimals or out-of-range are refused. */
    private static final List<Object> INVALID_SCORE = List.of(
            4.99,
            8.55,
            -1,
            -0.1,
            10.1,
            11,
            "8",
            "",
            true,
            raw("1e100000"),
            raw("1e-100000"),
            raw("8.50"),
            List.of(),
            List.of(8),
            Map.of());

    private static final Map<Kind, List<Object>> INVALID = Map.of(
            Kind.WHOLE_NUMBER,
                    List.of(
                            4.99,
                            8.5,
                            -1,
                            121,
                            1_000,
                            "8",
                            "",
                            " ",
                            true,
                            1e2,
                            raw("1e100000"),
                            raw("-1e100000"),
                            raw("99999999999"),
                            raw("8.0"),
                            List.of(),
                            List.of(8),
                            Map.of()),
            Kind.DECIMAL,
                    List.of(
                            -0.5,
                            -1,
                            2_000_000,
                            1.1234567,
                            "30",
                            "",
                            true,
                            raw("1e100000"),
                            raw("1e-100000"),
                            raw("1E+999999999"),
                            raw("1e9999999999"),
                            raw("9e15"),
                            raw("1e7"),
                            raw("1234567890123456789"),
                            raw("0.0000000000000000001"),
                            List.of(),
                            Map.of()),
            Kind.DOSES_PER_DAY,
                    List.of(0.5, 0, -2, 49, 2.125, "2", "", false, raw("1e100000"), raw("1e-50"), List.of(2), Map.of()),
            Kind.BOOLEAN, List.of(7, 0, 1, "true", "false", "", "yes", 1.5, List.of(), List.of(true), Map.of()),
            Kind.ENUM,
                    List.of(
                            "MAYBE",
                            "",
                            "   ",
                            "active_cancer",
                            "NONE ",
                            "NO\u0000NE",
                            "X".repeat(500),
                            5,
                            true,
                            List.of(),
                            Map.of()),
            Kind.TEXT,
                    List.of(
                            "",
                            "   ",
                            "ab\u0000cd",
                            "line\nbreak",
                            "tab\there",
                            "esc\u001b[31m",
                            "del\u007f",
                            "c1\u0085",
                            "half \ud83d pair",
                            "\udc00",
                            "r".repeat(101),
                            "r".repeat(2_000),
                            5,
                            true,
                            List.of(),
                            Map.of()),
            Kind.DRUG,
                    List.of(
                            "",
                            "  ",
                            "unobtainium",
                            "Morphinum",
                            "morph\u0000ine",
                            "d".repeat(101),
                            5,
                            false,
                            List.of(),
                            Map.of()),
            Kind.ROUTE, List.of("", "intraosseous", "ORAL", "or\u0000al", "o".repeat(41), 1, true, List.of(), Map.of()),
            Kind.UNIT,
                    List.of(
                            "",
                            " ",
                            "mcg",
                            "mg/day",
                            "months",
                            "u\u0000",
                            "u".repeat(21),
                            5,
                            true,
                            List.of(),
                            Map.of()),
            Kind.OBJECT, List.of("x", "", 5, 1.5, true, List.of(), List.of(Map.of())));

    /** A JSON number written exactly as given (Jackson would normalise it). */
    private record Raw(String json) {}

    private static Raw raw(String json) {
        return new Raw(json);
    }

    private static final String VALID_MEDICATION =
            "{\"drug\": \"morphine\", \"route\": \"oral\", \"dose\": {\"value\": 30, \"unit\": \"mg/d\"}}";

    @Test
    @Timeout(600)
    void everySeededInvalidMutationIsRefusedNamingItsFieldAndStoresNothing() throws Exception {
        List<JsonNode> fixtures = new ArrayList<>();
        for (Fixtures.ClinicalCase c : Fixtures.all("selection")) {
            fixtures.add(JSON.readTree(c.request()));
        }
        Map<String, List<JsonNode>> bases = Map.of(
                CANDIDACY,
                fixtures,
                REFERRAL,
                fixtures.stream().map(StrictInputFuzzTest::referral).toList());
        for (var endpoint : bases.entrySet()) { // the bases are valid, so each refusal below is the mutation's doing
            for (JsonNode base : endpoint.getValue()) {
                post(endpoint.getKey(), JSON.writeValueAsString(base)).then().statusCode(200);
            }
        }

        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (String endpoint : List.of(CANDIDACY, REFERRAL)) {
            Map<String, Kind> fields = endpoint.equals(CANDIDACY) ? CANDIDACY_FIELDS : REFERRAL_FIELDS;
            for (int i = 0; i < MUTATIONS_PER_ENDPOINT; i++) {
                JsonNode base = bases.get(endpoint)
                        .get(random.nextInt(bases.get(endpoint).size()));
                cases.add(mutate(endpoint, (ObjectNode) base.deepCopy(), fields, random));
            }
        }
        assertTrue(cases.size() >= 2_000, "at least 2,000 mutations");

        long before = audit.count();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        for (Case c : cases) {
            byKind.merge(c.kind().split("\\s", 2)[0], 1, Integer::sum);
            check(c).ifPresent(failures::add);
        }
        long after = audit.count();

        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + cases.size() + " mutations were not refused as expected " + "(seed " + SEED
                        + "):\n" + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        assertEquals(before, after, "a refused request must store nothing");
        assertEquals(
                new java.util.TreeSet<>(List.of(
                        "wrong-value",
                        "unknown-field",
                        "duplicate-key",
                        "raw-control-character",
                        "too-many-medications",
                        "null-medication",
                        "medication-not-an-object",
                        "medications-not-a-list",
                        "missing-required",
                        "trailing-content",
                        "not-an-object",
                        "truncated",
                        "over-size-body")),
                byKind.keySet(),
                "every kind of mutation is generated: " + byKind);
    }

    private static Response post(String endpoint, String body) {
        return Api.request().contentType(ContentType.JSON).body(body).post(endpoint);
    }

    private static java.util.Optional<String> check(Case c) {
        Response response = post(c.endpoint(), c.body());
        int status = response.statusCode();
        String text = response.asString();
        String what = c.kind() + " at " + c.field() + " on " + c.endpoint() + " -> " + status + " "
                + text.substring(0, Math.min(300, text.length()));
        int expected = c.kind().equals("over-size-body") ? 413 : 400;
        if (status != expected) {
            return java.util.Optional.of("NOT REFUSED WITH " + expected + ": " + what);
        }
        if (!String.valueOf(response.contentType()).startsWith(Problem.MEDIA_TYPE)) {
            return java.util.Optional.of("NOT problem+json: " + what);
        }
        if (text.contains("Exception")
                || text.contains("org.idds")
                || text.contains("com.fasterxml")
                || text.contains("java.")) {
            return java.util.Optional.of("JAVA INTERNALS IN ANSWER: " + what);
        }
        List<String> named = new ArrayList<>();
        try {
            JSON.readTree(text)
                    .path("errors")
                    .forEach(error -> named.add(error.path("field").asText()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return java.util.Optional.of("NOT JSON: " + what);
        }
        if (!named.contains(c.field())) {
            return java.util.Optional.of("FIELD NOT NAMED: " + what);
        }
        if (text.length() > 4_000) {
            return java.util.Optional.of("ANSWER TOO LONG (" + text.length() + "): " + what);
        }
        return java.util.Optional.empty();
    }

    // --- Generating mutations ------------------------------------------------------------------------------------

    private static Case mutate(String endpoint, ObjectNode request, Map<String, Kind> fields, Random random)
            throws Exception {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return wrongValue(endpoint, request, fields, random);
        }
        if (roll < 63) {
            return unknownField(endpoint, request, fields, random);
        }
        if (roll < 71) {
            return duplicateKey(endpoint, request, random);
        }
        if (roll < 77) {
            return rawControlCharacter(endpoint, request, fields, random);
        }
        if (roll < 85) {
            return medicationList(endpoint, request, random);
        }
        if (roll < 90) {
            return missingRequired(endpoint, request, random);
        }
        return wholeBody(endpoint, request, random);
    }

    /** A value that is wrong for its field's kind, written into an existing or added field. */
    private static Case wrongValue(String endpoint, ObjectNode request, Map<String, Kind> fields, Random random)
            throws Exception {
        List<String> paths = new ArrayList<>(fields.keySet());
        String pattern = paths.get(random.nextInt(paths.size()));
        Kind kind = fields.get(pattern);
        List<Object> values = kind == Kind.SCORE ? INVALID_SCORE : INVALID.get(kind);
        Object value = values.get(random.nextInt(values.size()));
        String path = concrete(request, pattern, random);
        set(request, path, value);
        return new Case(endpoint, write(request), path, "wrong-value " + kind + " " + describe(value));
    }

    /** A field the endpoint does not have: a misspelling, a field of the other endpoint, or nonsense. */
    private static Case unknownField(String endpoint, ObjectNode request, Map<String, Kind> fields, Random random)
            throws Exception {
        List<String> objects = new ArrayList<>(List.of(""));
        fields.forEach((path, kind) -> {
            if (kind == Kind.OBJECT) {
                objects.add(path);
            }
        });
        String objectPattern = objects.get(random.nextInt(objects.size()));
        String objectPath = objectPattern.isEmpty() ? "" : concrete(request, objectPattern, random);
        ObjectNode object = objectPath.isEmpty() ? request : ensureObject(request, objectPath);
        List<String> names = new ArrayList<>(List.of(
                "bogus",
                "notes",
                "patientName",
                "worstPainScore",
                "ageyears",
                "Drug",
                "dosesperday",
                "value ",
                "\u00e9tat",
                "x".repeat(60)));
        if (endpoint.equals(REFERRAL)) {
            names.addAll(List.of("mechanism", "bleeding", "workUp")); // fields of the full assessment only
        }
        String name = names.get(random.nextInt(names.size()));
        if (object.has(name) || CANDIDACY_FIELDS.containsKey(join(objectPattern, name)) && endpoint.equals(CANDIDACY)) {
            name = "bogus";
        }
        object.put(name, random.nextBoolean() ? NODES.numberNode(1) : NODES.textNode("x"));
        String expected = join(objectPath, name.length() > 40 ? name.substring(0, 40) + "…" : name);
        return new Case(endpoint, write(request), expected, "unknown-field " + shorten(name));
    }

    /** The same key twice in one object: refused rather than letting the last one win. */
    private static Case duplicateKey(String endpoint, ObjectNode request, Random random) throws Exception {
        List<String> objects = new ArrayList<>();
        collectObjects(request, "", objects);
        String path = objects.get(random.nextInt(objects.size()));
        ObjectNode object = path.isEmpty() ? request : (ObjectNode) at(request, path);
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        String marker = "__duplicate_marker__";
        object.put(marker, 0);
        String body = write(request)
                .replace(
                        "\"" + marker + "\":0",
                        JSON.writeValueAsString(name) + ":" + JSON.writeValueAsString(object.get(name)));
        return new Case(endpoint, body, join(path, name), "duplicate-key");
    }

    /** A control character written raw inside a JSON string: not even valid JSON. */
    private static Case rawControlCharacter(
            String endpoint, ObjectNode request, Map<String, Kind> fields, Random random) throws Exception {
        List<String> texts = new ArrayList<>();
        fields.forEach((path, kind) -> {
            if (Set.of(Kind.TEXT, Kind.ENUM, Kind.DRUG, Kind.ROUTE).contains(kind)) {
                texts.add(path);
            }
        });
        String path = concrete(request, texts.get(random.nextInt(texts.size())), random);
        char control = "\u0000\u0001\u0007\u001f".charAt(random.nextInt(4));
        set(request, path, "before" + control + "after");
        String escaped = String.format("\\u%04X", (int) control); // as Jackson writes it
        String body = write(request).replace(escaped, String.valueOf(control));
        return new Case(endpoint, body, path, "raw-control-character");
    }

    /** Too many medications, a medication that is null or not an object, or a list that is not a list. */
    private static Case medicationList(String endpoint, ObjectNode request, Random random) throws Exception {
        ArrayNode medications =
                request.has("medications") ? (ArrayNode) request.get("medications") : request.putArray("medications");
        int choice = random.nextInt(4);
        if (choice == 0) {
            int extra = 51 - medications.size() + random.nextInt(150);
            for (int i = 0; i < extra; i++) {
                medications.add(random.nextBoolean() ? NODES.nullNode() : JSON.readTree(VALID_MEDICATION));
            }
            return new Case(endpoint, write(request), "medications", "too-many-medications");
        }
        if (choice == 1) {
            int index = random.nextInt(medications.size() + 1);
            medications.insert(index, NODES.nullNode());
            return new Case(endpoint, write(request), "medications[" + index + "]", "null-medication");
        }
        if (choice == 2) {
            int index = random.nextInt(medications.size() + 1);
            medications.insert(index, random.nextBoolean() ? NODES.textNode("morphine 30 mg") : NODES.numberNode(30));
            return new Case(endpoint, write(request), "medications[" + index + "]", "medication-not-an-object");
        }
        request.set("medications", random.nextBoolean() ? NODES.textNode("morphine") : JSON.readTree(VALID_MEDICATION));
        return new Case(endpoint, write(request), "medications", "medications-not-a-list");
    }

    /** A medication without a field it cannot do without. */
    private static Case missingRequired(String endpoint, ObjectNode request, Random random) throws Exception {
        ArrayNode medications =
                request.has("medications") ? (ArrayNode) request.get("medications") : request.putArray("medications");
        int index = random.nextInt(medications.size() + 1);
        ObjectNode medication = (ObjectNode) JSON.readTree(VALID_MEDICATION); // a dose may be left out, not half given
        medications.insert(index, medication);
        String field = List.of("drug", "route", "dose.value", "dose.unit").get(random.nextInt(4));
        if (field.startsWith("dose.")) {
            ((ObjectNode) medication.get("dose")).remove(field.substring(5));
        } else {
            medication.remove(field);
        }
        return new Case(endpoint, write(request), "medications[" + index + "]." + field, "missing-required " + field);
    }

    /** Something wrong with the body as a whole: content after the object, not an object, or far too large. */
    private static Case wholeBody(String endpoint, ObjectNode request, Random random) throws Exception {
        String body = write(request);
        return switch (random.nextInt(4)) {
            case 0 ->
                new Case(
                        endpoint,
                        body
                                + List.of(" {}", "x", "]", " {", "\u0000", " null", ",")
                                        .get(random.nextInt(7)),
                        "(body)",
                        "trailing-content");
            case 1 ->
                new Case(
                        endpoint,
                        List.of("[]", "5", "\"text\"", "true", "[" + body + "]").get(random.nextInt(5)),
                        "(body)",
                        "not-an-object");
            case 2 -> new Case(endpoint, truncated(body, random), "(body)", "truncated");
            default -> {
                request.put("caseReference", "x".repeat(70_000 + random.nextInt(100_000)));
                yield new Case(endpoint, write(request), "(body)", "over-size-body");
            }
        };
    }

    /** The body cut just after a structural character, so the next token is missing: it ends too early. */
    private static String truncated(String body, Random random) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < body.length() - 1; i++) {
            if ("{[,:".indexOf(body.charAt(i)) >= 0) {
                cuts.add(i + 1);
            }
        }
        return body.substring(0, cuts.get(random.nextInt(cuts.size())));
    }

    // --- Tree helpers --------------------------------------------------------------------------------------------

    /** The referral check's subset of a full request. */
    private static JsonNode referral(JsonNode full) {
        ObjectNode r = NODES.objectNode();
        for (String name : List.of("caseReference", "patient", "cancer", "prognosis", "medications")) {
            if (full.has(name)) {
                r.set(name, full.get(name).deepCopy());
            }
        }
        if (full.has("pain")) {
            ObjectNode pain = r.putObject("pain");
            copy(full.get("pain"), pain, "worstScore", "intolerableSystemicSideEffects");
        }
        if (full.has("contraindications")) {
            ObjectNode screening = r.putObject("contraindications");
            copy(full.get("contraindications"), screening, "infection", "patientDeclines");
        }
        return r;
    }

    private static void copy(JsonNode from, ObjectNode to, String... names) {
        for (String name : names) {
            if (from.has(name)) {
                to.set(name, from.get(name).deepCopy());
            }
        }
    }

    /** Turns "medications[].dose.value" into "medications[2].dose.value" for a medication that exists (or is added). */
    private static String concrete(ObjectNode request, String pattern, Random random) throws Exception {
        if (!pattern.startsWith("medications[]")) {
            return pattern;
        }
        ArrayNode medications =
                request.has("medications") && request.get("medications").isArray()
                        ? (ArrayNode) request.get("medications")
                        : request.putArray("medications");
        if (medications.isEmpty()) {
            medications.add(JSON.readTree(VALID_MEDICATION));
        }
        int index = random.nextInt(medications.size());
        ObjectNode medication = (ObjectNode) medications.get(index);
        if (pattern.startsWith("medications[].dose.") && !medication.has("dose")) {
            // a dose for a medication that had none: valid on its own (1 mg, twice a day), so only the mutation is
            // wrong
            medication.putObject("dose").put("value", 1).put("unit", "mg");
            medication.put("dosesPerDay", 2);
        }
        return pattern.replace("medications[]", "medications[" + index + "]");
    }

    private static void set(ObjectNode request, String path, Object value) {
        JsonNode node = value instanceof Raw raw ? rawNode(raw) : JSON.valueToTree(value);
        if (path.endsWith("]")) { // a medication itself
            int open = path.lastIndexOf('[');
            ((ArrayNode) request.get(path.substring(0, open)))
                    .set(Integer.parseInt(path.substring(open + 1, path.length() - 1)), node);
            return;
        }
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? request : ensureObject(request, path.substring(0, dot));
        parent.set(path.substring(dot + 1), node);
    }

    private static JsonNode rawNode(Raw raw) {
        return NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(raw.json()));
    }

    private static ObjectNode ensureObject(ObjectNode request, String path) {
        ObjectNode node = request;
        for (String part : path.split("\\.")) {
            if (part.contains("[")) {
                String name = part.substring(0, part.indexOf('['));
                int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']')));
                node = (ObjectNode) node.get(name).get(index);
            } else {
                JsonNode child = node.get(part);
                node = child instanceof ObjectNode object ? object : node.putObject(part);
            }
        }
        return node;
    }

    private static JsonNode at(ObjectNode request, String path) {
        JsonNode node = request;
        for (String part : path.split("\\.")) {
            if (part.contains("[")) {
                node = node.get(part.substring(0, part.indexOf('[')))
                        .get(Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']'))));
            } else {
                node = node.get(part);
            }
        }
        return node;
    }

    private static void collectObjects(JsonNode node, String path, List<String> out) {
        if (node.isObject() && node.size() > 0) {
            out.add(path);
            node.fields().forEachRemaining(e -> collectObjects(e.getValue(), join(path, e.getKey()), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectObjects(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String write(JsonNode node) throws Exception {
        return WRITER.writeValueAsString(node);
    }

    private static String describe(Object value) {
        return shorten(value instanceof Raw raw ? raw.json() : String.valueOf(value));
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
