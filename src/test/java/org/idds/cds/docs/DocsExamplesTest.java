package org.idds.cds.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API examples under {@code docs/api/examples/} are generated, never pasted: each page is a request sent to the
 * service here (from a clinical case folder under {@code src/test/resources/rules/}, or from {@code
 * src/test/resources/docs-examples/} for the two requests no case holds) and its answer as the service gives it today,
 * pretty-printed, with only the generated assessment id and the time of the answer masked.
 *
 * <p>With {@code -Didds.docs.write=true} the pages are written (review the diff); without it, any page that differs
 * from what the service answers today fails this test, and so does a page no example makes. The short examples in the
 * README and in {@code docs/*.md} are checked the same way: a fenced {@code json} block right after a line {@code
 * <!-- example: NAME -->} must be the first lines of that example's answer (a last line {@code ...} may mark the
 * cut); write mode rewrites those lines too.
 *
 * <p>The snapshots of the case folders are not reused: they mask the ruleset hash and reorder lists, so they are not
 * exactly the service's answers, and the knowledge endpoints have no snapshots.
 */
@QuarkusTest
class DocsExamplesTest {

    static final String WRITE_PROPERTY = "idds.docs.write";
    static final Path EXAMPLES = Path.of("docs/api/examples");
    static final Path CASES = Path.of("src/test/resources/rules");
    static final Path REQUESTS = Path.of("src/test/resources/docs-examples");
    static final String REGENERATE =
            "./mvnw -B -o verify -DskipITs -Dtest=DocsExamplesTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Didds.docs.write=true";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String MASKED_ID = "<assessment id>";
    private static final String MASKED_TIME = "<time of the answer>";
    private static final Pattern EXCERPT =
            Pattern.compile("<!-- example: ([a-z0-9-]+) -->\\s*\\n```(?:json|text)\\n(.*?)\\n```", Pattern.DOTALL);

    /** The pages, by file name, and each example's answer as its page prints it. */
    private final Map<String, String> pages = new LinkedHashMap<>();

    private final Map<String, String> answers = new LinkedHashMap<>();

    /** See MdtCaseTest: the first body a cold JVM reads can exceed the test profile's body-read deadline. */
    @BeforeEach
    void bodyPathWarm() {
        Api.request().contentType(ContentType.JSON).body("{}").post("/api/v1/mdt-cases");
    }

    @Test
    void examplesAreWhatTheServiceAnswersTodayAndTheShortOnesAreTheirFirstLines() throws IOException {
        generate();
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.createDirectories(EXAMPLES);
            try (Stream<Path> old = Files.list(EXAMPLES)) {
                for (Path file : old.toList()) {
                    if (!pages.containsKey(file.getFileName().toString())) {
                        Files.delete(file);
                    }
                }
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(EXAMPLES.resolve(page.getKey()), page.getValue());
            }
            rewriteExcerpts();
        } else {
            List<String> problems = new ArrayList<>();
            TreeSet<String> present = new TreeSet<>();
            if (Files.isDirectory(EXAMPLES)) {
                try (Stream<Path> files = Files.list(EXAMPLES)) {
                    files.forEach(f -> present.add(f.getFileName().toString()));
                }
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = EXAMPLES.resolve(page.getKey());
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                } else {
                    firstDifference(Files.readString(file), page.getValue())
                            .ifPresent(d -> problems.add(file + " differs from what the service answers today: " + d));
                }
                present.remove(page.getKey());
            }
            present.forEach(extra -> problems.add(EXAMPLES.resolve(extra) + " is made by no example"));
            if (!problems.isEmpty()) {
                fail(String.join("\n", problems) + "\nIf the change is intended, regenerate with " + REGENERATE
                        + " and review the diff.");
            }
        }
        checkExcerpts();
    }

    /** The README and docs/*.md: the documents that may hold short examples. */
    private static List<Path> excerptDocuments() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /**
     * In write mode: each short example becomes its example's lines again, segment by segment (a segment after a
     * {@code ...} line is found again by its first line's key, after the segment before it), as many lines as it
     * showed, with its {@code ...} markers kept (a ruleset change moves the version and hash every answer shows).
     */
    private void rewriteExcerpts() throws IOException {
        for (Path document : excerptDocuments()) {
            String text = Files.readString(document);
            Matcher m = EXCERPT.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String answer = answers.get(m.group(1));
                if (answer == null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                    continue;
                }
                List<String> actual = answer.lines().toList();
                List<String> block = new ArrayList<>();
                int next = 0;
                boolean seek = false;
                for (String line : m.group(2).lines().toList()) {
                    if (isCut(line)) {
                        block.add(line);
                        seek = true;
                        continue;
                    }
                    if (seek) {
                        for (int i = next; i < actual.size(); i++) {
                            if (key(actual.get(i)).equals(key(line))) {
                                next = i;
                                break;
                            }
                        }
                        seek = false;
                    }
                    block.add(next < actual.size() ? actual.get(next) : line);
                    next++;
                }
                String whole = m.group();
                String replaced = whole.substring(0, m.start(2) - m.start())
                        + String.join("\n", block)
                        + whole.substring(m.end(2) - m.start());
                m.appendReplacement(out, Matcher.quoteReplacement(replaced));
            }
            m.appendTail(out);
            if (!out.toString().equals(text)) {
                Files.writeString(document, out.toString());
            }
        }
    }

    /** A short example's cut marker: a line holding only {@code ...}, at the end or between two segments. */
    private static boolean isCut(String line) {
        return line.strip().equals("...");
    }

    /** A JSON line's key with its indentation ({@code   "kind":}), or the whole line when it has none. */
    private static String key(String line) {
        int colon = line.indexOf("\":");
        return colon < 0 ? line : line.substring(0, colon + 2);
    }

    /** Every short example in the README and docs/*.md is the start of its example's answer. */
    private void checkExcerpts() throws IOException {
        List<Path> documents = excerptDocuments();
        List<String> problems = new ArrayList<>();
        int excerpts = 0;
        for (Path document : documents) {
            String text = Files.readString(document);
            Matcher m = EXCERPT.matcher(text);
            int previous = 0;
            while (m.find()) {
                excerpts++;
                String name = m.group(1);
                String answer = answers.get(name);
                if (answer == null) {
                    problems.add(document + ": no example named " + name + " (see docs/api/examples/)");
                    continue;
                }
                Optional<String> shownCall = call(text.substring(previous, m.start()));
                Optional<String> exampleCall = call(pages.getOrDefault(name + ".md", ""));
                previous = m.end();
                if (shownCall.isPresent() && !shownCall.equals(exampleCall)) {
                    problems.add(document + ", example " + name + ": its command calls " + shownCall.get()
                            + " but the example calls " + exampleCall.orElse("(nothing)"));
                }
                shownIn(segments(m.group(2)), answer.lines().toList())
                        .ifPresent(p -> problems.add(document + ", example " + name + ": " + p));
            }
        }
        if (excerpts == 0) {
            problems.add("README.md holds no short example marked <!-- example: NAME -->");
        }
        if (!problems.isEmpty()) {
            fail("Short examples that are not what the service answers today (copy their lines from "
                    + "docs/api/examples/NAME.md):\n" + String.join("\n", problems));
        }
    }

    private static final Pattern CALL = Pattern.compile("localhost:8080(/[^\\s\"']*)");

    /** The path (and query) the last command of a text calls, if it holds one: a short example's, or its page's. */
    private static Optional<String> call(String text) {
        int block = text.lastIndexOf("```bash");
        if (block < 0) {
            return Optional.empty();
        }
        Matcher m = CALL.matcher(text.substring(block));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A short example's segments: its runs of lines between {@code ...} markers (empty when none). */
    private static List<List<String>> segments(String block) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : block.lines().toList()) {
            if (isCut(line)) {
                if (!current.isEmpty()) {
                    segments.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    /**
     * Why a short example is not what the answer says, if it is not: its first segment is the answer's first lines, and
     * each further segment stands, line for line, later in the answer.
     */
    private static Optional<String> shownIn(List<List<String>> segments, List<String> actual) {
        int from = 0;
        for (int s = 0; s < segments.size(); s++) {
            List<String> segment = segments.get(s);
            int at = s == 0 ? 0 : find(segment, actual, from);
            if (at < 0) {
                return Optional.of(
                        "the lines from '" + segment.get(0) + "' do not stand, in this order, in the answer");
            }
            for (int i = 0; i < segment.size(); i++) {
                if (at + i >= actual.size() || !segment.get(i).equals(actual.get(at + i))) {
                    return Optional.of("'" + segment.get(i) + "' but the answer's line is '"
                            + (at + i < actual.size() ? actual.get(at + i) : "(none)") + "'");
                }
            }
            from = at + segment.size();
        }
        return Optional.empty();
    }

    private static int find(List<String> segment, List<String> actual, int from) {
        for (int i = from; i + segment.size() <= actual.size(); i++) {
            if (actual.subList(i, i + segment.size()).equals(segment)) {
                return i;
            }
        }
        return -1;
    }

    private void generate() throws IOException {
        String seed2 = "selection/cases/seed000-case2-colon-cancer-high-systemic-opioids";
        Response candidacy = post("/api/v1/candidacy-assessments", caseRequest(seed2));
        String candidacyId =
                JSON.readTree(candidacy.asString()).path("assessmentId").asText();
        example(
                "candidacy-assessment",
                "POST /api/v1/candidacy-assessments",
                "Seed case study 2 (metastatic colon cancer, high systemic opioids, 6 months to 1 year) as the MDT"
                        + " assesses it. No spinal imaging date and no platelet count, INR or aPTT are given, so the"
                        + " verdict is provisional, with them as inputs to confirm before implant.",
                postCurl(
                        "/api/v1/candidacy-assessments",
                        "@" + CASES.resolve(seed2).resolve("request.json")),
                Optional.of(CASES.resolve(seed2).resolve("request.json")),
                candidacy,
                200,
                Excerpt.WHOLE);
        example(
                "candidacy-assessment-bad-input",
                "POST /api/v1/candidacy-assessments (bad input)",
                "Three bad fields: each is named, and nothing is assessed or stored.",
                postCurl("/api/v1/candidacy-assessments", "@" + REQUESTS.resolve("candidacy-bad-input.json")),
                Optional.of(REQUESTS.resolve("candidacy-bad-input.json")),
                post("/api/v1/candidacy-assessments", Files.readString(REQUESTS.resolve("candidacy-bad-input.json"))),
                400,
                Excerpt.WHOLE);
        example(
                "referral-check",
                "POST /api/v1/referral-checks",
                "A referrer's short check (a referrer's token: `bin/dev-token referrer gp-example`).",
                postCurl("/api/v1/referral-checks", "@" + REQUESTS.resolve("referral-check.json")),
                Optional.of(REQUESTS.resolve("referral-check.json")),
                post("/api/v1/referral-checks", Files.readString(REQUESTS.resolve("referral-check.json"))),
                200,
                Excerpt.WHOLE);
        String laterCase = "dosing/cases/seed000-case1-months-later-with-systemic-hydromorphone";
        example(
                "prescription-check",
                "POST /api/v1/prescription-checks",
                "Seed case study 1, months after implant: a SynchroMed II 40 mL with hydromorphone, ropivacaine and"
                        + " clonidine, patient boluses, and the systemic regimen alongside.",
                postCurl(
                        "/api/v1/prescription-checks",
                        "@" + CASES.resolve(laterCase).resolve("request.json")),
                Optional.of(CASES.resolve(laterCase).resolve("request.json")),
                post("/api/v1/prescription-checks", caseRequest(laterCase)),
                200,
                Excerpt.WHOLE);
        String procedureCase = "safety/cases/seed000-case1-apixaban-with-a-dvt-before-implant";
        example(
                "procedure-check",
                "POST /api/v1/procedure-checks",
                "Seed case study 1 before implant: apixaban 5 mg twice daily with a deep vein thrombosis, each"
                        + " antithrombotic's hold in hours with its source, the latest last dose, the earliest restart,"
                        + " and the thrombotic risk of stopping flagged for the prescriber.",
                postCurl(
                        "/api/v1/procedure-checks",
                        "@" + CASES.resolve(procedureCase).resolve("request.json")),
                Optional.of(CASES.resolve(procedureCase).resolve("request.json")),
                post("/api/v1/procedure-checks", caseRequest(procedureCase)),
                200,
                Excerpt.WHOLE);
        String followUpCase = "safety/device-events/cases/"
                + "refill-of-a-40-ml-fill-with-12-ml-aspirated-where-4-ml-was-expected-is-an-under-infusion";
        example(
                "follow-up-check",
                "POST /api/v1/follow-up-checks",
                "A refill of a SynchroMed II 40 mL filled with 40 mL 72 days before at 0.5 mL/d: 12 mL aspirated"
                        + " where 4 mL was expected (28 mL delivered against 36, 22 % below), worked out figure by"
                        + " figure: a critical under-infusion (stall) finding, and the monitoring after the refill"
                        + " left to local policy.",
                postCurl(
                        "/api/v1/follow-up-checks",
                        "@" + CASES.resolve(followUpCase).resolve("request.json")),
                Optional.of(CASES.resolve(followUpCase).resolve("request.json")),
                post("/api/v1/follow-up-checks", caseRequest(followUpCase)),
                200,
                Excerpt.WHOLE);
        String trialCase = "trial/evaluation/cases/"
                + "seed000-case2-morphine-bolus-with-94-percent-relief-without-a-site-threshold-local-policy-decides";
        example(
                "trial-evaluation",
                "POST /api/v1/trial-evaluations",
                "Seed case study 2: a 0.2 mg intrathecal morphine bolus, pain 8 before and 0.5 after (94 % relief; the"
                        + " scores are the case's assumption). No site success threshold is set: the relief is shown"
                        + " against each cited figure of the protocol (US payers, PACC 2017, and Smith 2002's outcome"
                        + " measure labelled as such) and local policy decides.",
                postCurl(
                        "/api/v1/trial-evaluations",
                        "@" + CASES.resolve(trialCase).resolve("request.json")),
                Optional.of(CASES.resolve(trialCase).resolve("request.json")),
                post("/api/v1/trial-evaluations", caseRequest(trialCase)),
                200,
                Excerpt.WHOLE);
        String trialPlanCase =
                "opioid-naive-patient-with-copd-on-a-benzodiazepine-is-planned-inpatient-with-24-hours-of-respiratory-monitoring";
        org.idds.cds.support.Fixtures.ClinicalCase planCase = org.idds.cds.support.Fixtures.all("trial").stream()
                .filter(c -> c.name().equals(trialPlanCase))
                .findFirst()
                .orElseThrow();
        example(
                "trial-plan",
                "POST /api/v1/trial-plans",
                "A trial plan from a stored candidacy (`" + planCase.folder().resolve("candidacy.json")
                        + "`, assessed first; `$ID` its assessment id): an opioid-naive patient with COPD who takes"
                        + " diazepam. Every opioid trial is inpatient with at least 24 h of respiratory monitoring on"
                        + " its schedule and naloxone at hand; the procedure check for the trial date (its own"
                        + " section) plans it as shown, so the trial is ready to book.",
                postCurl(
                        "/api/v1/trial-plans",
                        "\"$(jq --arg id \"$ID\" '. + {candidacyAssessmentId: $id}' "
                                + planCase.folder().resolve("request.json") + ")\""),
                Optional.of(planCase.folder().resolve("request.json")),
                post("/api/v1/trial-plans", org.idds.cds.support.TrialPlanCases.request(planCase)),
                200,
                Excerpt.WHOLE);
        String psychosisCase = "mdt/cases/psychosis-history-ziconotide-said-once";
        String drugOptions =
                JSON.readTree(caseRequest(psychosisCase)).path("drugOptions").toString();
        example(
                "drug-options",
                "POST /api/v1/drug-options",
                "The PACC 2017 lines for cancer pain with diffuse distribution and a history of psychosis (the"
                        + " `drugOptions` section of `"
                        + CASES.resolve(psychosisCase).resolve("request.json")
                        + "`): ziconotide is excluded. Not stored: a read of governed knowledge.",
                postCurl("/api/v1/drug-options", "'" + drugOptions + "'"),
                Optional.empty(),
                post("/api/v1/drug-options", drugOptions),
                200,
                Excerpt.WHOLE);
        String mdtCase = "mdt/cases/seed000-case1-at-implant";
        example(
                "mdt-case",
                "POST /api/v1/mdt-cases",
                "Seed case study 1 at implant, one patient across concerns: candidacy, the prescription check and the"
                        + " drug options, one ordered list of findings, stored as one row.",
                postCurl("/api/v1/mdt-cases", "@" + CASES.resolve(mdtCase).resolve("request.json")),
                Optional.of(CASES.resolve(mdtCase).resolve("request.json")),
                post("/api/v1/mdt-cases", caseRequest(mdtCase)),
                200,
                Excerpt.WHOLE);
        String mdtProcedureCase = "mdt/cases/seed000-case1-before-implant-with-the-procedure-check";
        example(
                "mdt-case-with-procedure-check",
                "POST /api/v1/mdt-cases",
                "Seed case study 1 before implant: candidacy and the procedure check of the planned implant in one MDT"
                        + " case; the apixaban hold is dated once (in hours, with its unverified source, the latest last"
                        + " dose and the restart) and the thrombotic risk of stopping is flagged for the prescriber.",
                postCurl(
                        "/api/v1/mdt-cases",
                        "@" + CASES.resolve(mdtProcedureCase).resolve("request.json")),
                Optional.of(CASES.resolve(mdtProcedureCase).resolve("request.json")),
                post("/api/v1/mdt-cases", caseRequest(mdtProcedureCase)),
                200,
                Excerpt.WHOLE);
        String mdtFollowUpCase = "mdt/cases/seed000-case1-after-implant-with-the-follow-up-check";
        example(
                "mdt-case-with-follow-up-check",
                "POST /api/v1/mdt-cases",
                "Seed case study 1 after implant: candidacy and the follow-up check of a refill in one MDT case; loss of"
                        + " analgesia with new radicular pain and more left in the pump than expected put the critical"
                        + " items first (under-infusion, suspected catheter-tip inflammatory mass, the clonidine bridge),"
                        + " each cited.",
                postCurl(
                        "/api/v1/mdt-cases",
                        "@" + CASES.resolve(mdtFollowUpCase).resolve("request.json")),
                Optional.of(CASES.resolve(mdtFollowUpCase).resolve("request.json")),
                post("/api/v1/mdt-cases", caseRequest(mdtFollowUpCase)),
                200,
                Excerpt.WHOLE);
        String mdtPlanCase = "mdt/cases/seed000-case2-before-the-trial";
        example(
                "mdt-case-with-trial-plan",
                "POST /api/v1/mdt-cases",
                "Seed case study 2 before the intrathecal trial: candidacy, the trial plan made from it and the trial's"
                        + " procedure check in one MDT case; the plan is drafted, naming the open trial-relevant"
                        + " checks, with the respiratory escalation and naproxen's hold dated for the trial.",
                postCurl("/api/v1/mdt-cases", "@" + CASES.resolve(mdtPlanCase).resolve("request.json")),
                Optional.of(CASES.resolve(mdtPlanCase).resolve("request.json")),
                post("/api/v1/mdt-cases", caseRequest(mdtPlanCase)),
                200,
                Excerpt.WHOLE);
        String mdtTrialCase = "mdt/cases/seed000-case2-after-the-morphine-trial";
        example(
                "mdt-case-with-trial-evaluation",
                "POST /api/v1/mdt-cases",
                "Seed case study 2 after the intrathecal morphine trial: candidacy and the trial evaluation in one MDT"
                        + " case; with no site success threshold set the 94 % relief is shown against each cited"
                        + " figure as information and local policy decides.",
                postCurl("/api/v1/mdt-cases", "@" + CASES.resolve(mdtTrialCase).resolve("request.json")),
                Optional.of(CASES.resolve(mdtTrialCase).resolve("request.json")),
                post("/api/v1/mdt-cases", caseRequest(mdtTrialCase)),
                200,
                Excerpt.WHOLE);

        Response read = Api.request().get("/api/v1/assessments/" + candidacyId);
        assertEquals(200, read.statusCode(), read.asString());
        assertEquals(candidacy.asString(), read.asString(), "a stored answer is read back byte for byte");
        String readHead = "HTTP/1.1 200 OK\nX-Ruleset-Version: " + read.header("X-Ruleset-Version")
                + "\nX-Ruleset-Hash: " + read.header("X-Ruleset-Hash") + "\nContent-Type: " + read.contentType()
                + "\n\n(the body of candidacy-assessment.md)";
        answers.put("assessment-read", readHead);
        examplePage(
                "assessment-read",
                "GET /api/v1/assessments/{id}",
                "The candidacy assessment of [candidacy-assessment.md](candidacy-assessment.md) read back: byte for"
                        + " byte the body it was answered with (this test asserts it), with its ruleset in the"
                        + " headers.",
                "curl -s -i -H \"Authorization: Bearer $TOKEN\" localhost:8080/api/v1/assessments/$ID",
                Optional.empty(),
                readHead,
                "text");
        Response full = Api.request().get("/api/v1/assessments/" + candidacyId + "?view=full");
        example(
                "assessment-full-view",
                "GET /api/v1/assessments/{id}?view=full",
                "The same stored candidacy assessment with every ruleset text it names expanded by key, and the"
                        + " evidence it names once (`X-View: " + full.header("X-View") + "`).",
                "curl -s -H \"Authorization: Bearer $TOKEN\" \"localhost:8080/api/v1/assessments/$ID?view=full\"",
                Optional.empty(),
                full,
                200,
                Excerpt.WHOLE);
        example(
                "assessment-replay",
                "POST /api/v1/assessments/{id}/replay",
                "The same stored candidacy assessment re-run on the ruleset version and content hash it was made"
                        + " with, on the day it was made; nothing new is stored.",
                "curl -s -H \"Authorization: Bearer $TOKEN\" -X POST localhost:8080/api/v1/assessments/$ID/replay",
                Optional.empty(),
                Api.request().post("/api/v1/assessments/" + candidacyId + "/replay"),
                200,
                Excerpt.WHOLE);

        Response ruleset = Api.request().get("/api/v1/ruleset");
        String hash = JSON.readTree(ruleset.asString()).path("contentHash").asText();
        example(
                "ruleset",
                "GET /api/v1/ruleset",
                "The active ruleset: version, content hash, counts, and the rules left citing only superseded"
                        + " sources.",
                getCurl("/api/v1/ruleset"),
                Optional.empty(),
                ruleset,
                200,
                Excerpt.WHOLE);
        knowledge("rules", "/api/v1/rules", "Every rule of the active ruleset with its metadata and citations.", 2);
        knowledge(
                "rule",
                "/api/v1/rules/SEL-RP-001",
                "One rule for review: its metadata, where its DRL is written, the governed figures it compares with"
                        + " and the clinical cases that cover it.",
                0);
        example(
                "ruleset-text-figure",
                "GET /api/v1/rulesets/{hash}/figures/{key}",
                "Ruleset text by content hash: a figure a finding names (`dose-ceiling.morphine.oral`), verbatim from"
                        + " the ruleset with that hash; immutable (`Cache-Control: "
                        + Api.request()
                                .get("/api/v1/rulesets/" + hash + "/figures/dose-ceiling.morphine.oral")
                                .header("Cache-Control")
                        + "`).",
                getCurl("/api/v1/rulesets/$HASH/figures/dose-ceiling.morphine.oral"),
                Optional.empty(),
                Api.request().get("/api/v1/rulesets/" + hash + "/figures/dose-ceiling.morphine.oral"),
                200,
                Excerpt.WHOLE);
        example(
                "ruleset-text-statement",
                "GET /api/v1/rulesets/{hash}/statements/{key}",
                "A governed statement by key, as the drug options and the dosing rules name it.",
                getCurl("/api/v1/rulesets/$HASH/statements/ziconotide.contraindicatedWithPsychosisHistory"),
                Optional.empty(),
                Api.request()
                        .get("/api/v1/rulesets/" + hash + "/statements/ziconotide.contraindicatedWithPsychosisHistory"),
                200,
                Excerpt.WHOLE);
        knowledge(
                "drugs",
                "/api/v1/drugs",
                "The drug catalogue: class, routes, dose units, oral morphine equivalent factors and peri-implant"
                        + " holds, each figure with its provenance.",
                2);
        knowledge(
                "device-models",
                "/api/v1/device-models",
                "The pump models of the ruleset (`device-model/`), each figure with its unit, verification and"
                        + " sources.",
                1);
        knowledge(
                "trial-protocols",
                "/api/v1/trial-protocols",
                "The intrathecal trial protocols (`trial-protocols/`): drugs with their dose ranges, the handling of"
                        + " systemic opioids and the success criteria as site policy (cited figures, no default), the"
                        + " observation policies (the strictest by default), monitoring, readiness and what to record.",
                1);
        knowledge(
                "drug-library",
                "/api/v1/drug-library",
                "The intrathecal drug library: per drug the trial and starting ranges, maxima, plausibility ceiling,"
                        + " titration and refill limits; the studied admixtures.",
                1);
        knowledge(
                "evidence-sources",
                "/api/v1/evidence-sources",
                "The evidence catalogue every citation names, with supersession.",
                2);
        knowledge(
                "parameters",
                "/api/v1/parameters",
                "The thresholds (governed figures) with unit, provenance, the rules that use them, and whether a"
                        + " shipped default awaits the site's sign-off.",
                2);
    }

    /** A GET of governed knowledge; lists (top-level, or the object's array fields) cut to their first items. */
    private void knowledge(String name, String path, String explanation, int firstItems) throws IOException {
        example(
                name,
                "GET " + path,
                explanation,
                getCurl(path),
                Optional.empty(),
                Api.request().get(path),
                200,
                firstItems == 0 ? Excerpt.WHOLE : new Excerpt(firstItems));
    }

    private record Excerpt(int firstItems) {
        static final Excerpt WHOLE = new Excerpt(0);
    }

    private void example(
            String name,
            String title,
            String explanation,
            String curl,
            Optional<Path> requestFile,
            Response response,
            int status,
            Excerpt excerpt)
            throws IOException {
        assertEquals(status, response.statusCode(), name + ": " + response.asString());
        JsonNode answer = JSON.readTree(response.asString());
        mask(answer);
        List<String> cuts = new ArrayList<>();
        if (excerpt.firstItems() > 0) {
            cut(answer, excerpt.firstItems(), "", cuts);
        }
        String text = print(answer);
        answers.put(name, text);
        String note = "Answer: `" + status + "`, `" + response.contentType() + "`"
                + (cuts.isEmpty() ? "" : "; " + String.join(", ", cuts)) + ".";
        examplePage(name, title, explanation + "\n\n" + note, curl, requestFile, text, "json");
    }

    private void examplePage(
            String name,
            String title,
            String explanation,
            String curl,
            Optional<Path> requestFile,
            String answer,
            String answerLanguage)
            throws IOException {
        StringBuilder page = new StringBuilder();
        page.append("<!-- Generated by DocsExamplesTest from what the service answers; do not edit. Regenerate: ")
                .append(REGENERATE)
                .append(" -->\n");
        page.append("# `").append(title).append("`\n\n");
        page.append(explanation).append("\n\n");
        page.append("Assessment ids and the time of an answer are masked (`")
                .append(MASKED_ID)
                .append("`, `")
                .append(MASKED_TIME)
                .append("`); everything else is as answered. `$TOKEN` is a token of a role that may use the endpoint"
                        + " (`bin/dev-token mdt-clinician dr-example`), `$ID` an assessment id, `$HASH` the ruleset's"
                        + " content hash (`GET /api/v1/ruleset`).\n\n");
        page.append("```bash\n").append(curl).append("\n```\n\n");
        if (requestFile.isPresent()) {
            page.append("The request (`").append(requestFile.get()).append("`):\n\n```json\n");
            page.append(Files.readString(requestFile.get(), StandardCharsets.UTF_8)
                            .strip())
                    .append("\n```\n\n");
        }
        page.append("The answer:\n\n```").append(answerLanguage).append("\n");
        page.append(answer).append("\n```\n");
        pages.put(name + ".md", page.toString());
    }

    private static String postCurl(String path, String data) {
        return "curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n  -X POST"
                + " localhost:8080" + path + " -d " + data;
    }

    private static String getCurl(String path) {
        return "curl -s -H \"Authorization: Bearer $TOKEN\" localhost:8080" + path;
    }

    private static Response post(String path, String body) {
        return Api.request().contentType(ContentType.JSON).body(body).post(path);
    }

    private static String caseRequest(String folder) throws IOException {
        return Files.readString(CASES.resolve(folder).resolve("request.json"));
    }

    /** Generated ids and the time of the answer, which differ at every request. */
    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && UUID.matcher(value.asText()).matches()) {
                    field.setValue(TextNode.valueOf(MASKED_ID));
                } else if (value.isTextual() && field.getKey().equals("assessedAt")) {
                    field.setValue(TextNode.valueOf(MASKED_TIME));
                } else {
                    mask(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(DocsExamplesTest::mask);
        }
    }

    /** Cuts the lists at the top level (the answer itself, or its fields) to their first items, saying so. */
    private static void cut(JsonNode node, int first, String where, List<String> cuts) {
        if (node instanceof ArrayNode array) {
            int size = array.size();
            if (size > first) {
                while (array.size() > first) {
                    array.remove(array.size() - 1);
                }
                cuts.add("the first " + first + " of " + size + " items"
                        + (where.isEmpty() ? "" : " of `" + where + "`"));
            }
        } else if (node instanceof ObjectNode object && where.isEmpty()) {
            object.fields().forEachRemaining(f -> cut(f.getValue(), first, f.getKey(), cuts));
        }
    }

    static String print(JsonNode node) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JSON.writer(printer).writeValueAsString(node);
    }

    private static Optional<String> firstDifference(String stored, String now) {
        if (stored.equals(now)) {
            return Optional.empty();
        }
        List<String> a = stored.lines().toList();
        List<String> b = now.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end)";
            String y = i < b.size() ? b.get(i) : "(end)";
            if (!x.equals(y)) {
                return Optional.of("line " + (i + 1) + " is '" + x + "', today '" + y + "'");
            }
        }
        return Optional.of("line endings differ");
    }
}
