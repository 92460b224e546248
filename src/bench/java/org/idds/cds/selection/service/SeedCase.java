package org.idds.cds.selection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.RawRequest;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.bench.BenchJson;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.selection.CandidacyAssessment;
import org.idds.cds.selection.CaseFacts;
import org.idds.cds.selection.Evaluation;
import org.idds.cds.selection.Verdict;
import org.idds.cds.selection.api.BenchRequests;
import org.idds.cds.selection.patient.CandidacyCase;
import org.jboss.logmanager.LogContext;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The seed fixture (case study 2, colon cancer on high systemic opioids) made ready once per benchmark trial, without
 * Quarkus or CDI: the bundled ruleset loaded and compiled by the production {@link Rulesets} and {@link RuleEngine},
 * the request parsed as the endpoint parses it, its facts built, and one full response record for the serialisation
 * benchmarks. Setup checks the outcome the fixture expects, so a benchmark never measures a wrong answer.
 */
@State(Scope.Benchmark)
public class SeedCase {

    public static final Path DEFAULT_FIXTURE = Path.of(
            "src/test/resources/rules/selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");

    /**
     * Log levels as the service runs with them (application.properties: INFO, org.drools and org.kie at WARN), set
     * before Drools starts. Without Quarkus nothing configures JBoss LogManager, which Drools logs to through slf4j, and
     * every trace call of the engine would be formatted and queued: that measured logging, not rules. The service's one
     * INFO line per assessment is turned off too (benchmarks measure the work, not console output).
     */
    private static final List<Logger> LOG_LEVELS = Stream.of(
                    level("", Level.INFO),
                    level("org.drools", Level.WARNING),
                    level("org.kie", Level.WARNING),
                    level("org.idds.cds", Level.WARNING))
            .flatMap(List::stream)
            .toList();

    /** Audit store that keeps nothing: the database is measured by the load test, not here. */
    /** Counters kept to themselves: the services count answers, nothing reads them here. */
    public static final org.idds.cds.audit.AssessmentMetrics NO_METRICS =
            new org.idds.cds.audit.AssessmentMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    public static final AssessmentStore NO_STORE = new AssessmentStore() {
        @Override
        public void append(StoredAssessment assessment) {}

        @Override
        public void append(org.idds.cds.audit.NewAssessment assessment) {}

        @Override
        public Optional<StoredAssessment> find(UUID id) {
            return Optional.empty();
        }
    };

    public ObjectMapper json;
    public RuleEngine engine;
    public Rulesets rulesets;
    public Ruleset ruleset;
    public String requestBody;
    public CandidacyCase candidacyCase;
    public List<Object> facts;
    public AssessmentService service;
    public CandidacyAssessment response;
    public org.idds.cds.kernel.answer.RulesetRef tiny;
    public RawRequest raw;
    public Caller caller = new Caller("bench-clinician", Caller.ReadScope.ANY);

    @Setup
    public void setUp() {
        json = BenchJson.mapper();
        engine = new RuleEngine();
        rulesets = org.idds.cds.bench.BenchRulesets.load(engine);
        ruleset = rulesets.active();
        try {
            requestBody =
                    Files.readString(Path.of(System.getProperty("idds.bench.fixture", DEFAULT_FIXTURE.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the project directory", e);
        }
        raw = RawRequest.of(requestBody.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        candidacyCase = BenchRequests.candidacyCase(json, requestBody);
        facts = CaseFacts.of(candidacyCase, ruleset);
        service = new AssessmentService(
                rulesets,
                engine,
                NO_STORE,
                new AssessmentCalendar(),
                new org.idds.cds.audit.AnswerRecorder(NO_STORE, json, NO_METRICS));
        response = evaluateToRecord();
        tiny = new org.idds.cds.kernel.answer.RulesetRef(ruleset.id(), ruleset.version(), ruleset.contentHash());
        check();
    }

    /** RuleEngine alone: facts in, findings out. */
    public EngineResult engineOnly() {
        return engine.evaluate(ruleset.version(), org.idds.cds.kernel.Concern.SELECTION, facts);
    }

    /**
     * CaseFacts, engine and Evaluation into the response record: {@link AssessmentService#assessCandidacy} up to the
     * record, before it is serialised and stored (kept in step with that method by hand).
     */
    public CandidacyAssessment evaluateToRecord() {
        List<Object> caseFacts = CaseFacts.of(candidacyCase, ruleset);
        org.idds.cds.selection.OutcomePolicy policy = OutcomesFile.of(ruleset);
        Evaluation evaluation = new Evaluation(
                ruleset,
                policy,
                caseFacts,
                engine.evaluate(ruleset.version(), org.idds.cds.kernel.Concern.SELECTION, caseFacts));
        Evaluation.Parts parts = evaluation.parts();
        Verdict verdict = evaluation.verdict();
        boolean provisional = evaluation.provisional();
        return new CandidacyAssessment(
                new org.idds.cds.kernel.answer.AnswerHeader(
                        org.idds.cds.kernel.AnswerFormat.ANSWER_2,
                        UUID.randomUUID(),
                        AssessmentKind.CANDIDACY,
                        Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        tiny(ruleset),
                        Optional.of("fixture-seed000-case2")),
                verdict,
                policy.verdictSummary(
                        verdict, evaluation.shownDevicePlan(), parts.findings(), parts.missingInputs(), provisional),
                provisional,
                evaluation.shownDevicePlan(),
                evaluation.opioidLoad(),
                evaluation.medicationsReadAs(),
                parts.facts(),
                parts.findings(),
                parts.pertinentNegatives(),
                parts.missingInputs(),
                evaluation.reliesOnUnverifiedKnowledge());
    }

    public byte[] responseJson() {
        try {
            return json.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] responseJsonGzipped() {
        byte[] raw = responseJson();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sets a category's level in JBoss LogManager (slf4j's backend here) and in java.util.logging (JBoss Logging's, see
     * the fork arguments); the loggers are kept so the levels outlive garbage collection. */
    private static List<Logger> level(String category, Level level) {
        Logger jboss = LogContext.getLogContext().getLogger(category);
        jboss.setLevel(level);
        Logger jul = Logger.getLogger(category);
        jul.setLevel(level);
        return List.of(jboss, jul);
    }

    private static org.idds.cds.kernel.answer.RulesetRef tiny(Ruleset r) {
        return new org.idds.cds.kernel.answer.RulesetRef(r.id(), r.version(), r.contentHash());
    }

    /** The answer must be the one the fixture's committed snapshot records: a benchmark never measures a wrong one. */
    private void check() {
        Path snapshot = Path.of(System.getProperty("idds.bench.fixture", DEFAULT_FIXTURE.toString()))
                .resolveSibling("snapshot.json");
        try {
            var expected = json.readTree(snapshot.toFile());
            if (!response.verdict().name().equals(expected.path("verdict").asText())
                    || response.findings().size() != expected.path("findings").size()) {
                throw new IllegalStateException("seed fixture no longer answers as its snapshot: "
                        + response.verdict() + " with "
                        + response.findings().size()
                        + " findings, snapshot "
                        + expected.path("verdict").asText() + " with "
                        + expected.path("findings").size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the fixture has no readable snapshot.json beside it", e);
        }
        Recorded<CandidacyAssessment> viaService = service.assessCandidacy(
                candidacyCase,
                Optional.of("fixture-seed000-case2"),
                new ReceivedRequest("candidacy-request/3", raw, requestBody),
                caller);
        if (viaService.result().verdict() != response.verdict()
                || viaService.result().findings().size() != response.findings().size()) {
            throw new IllegalStateException("evaluateToRecord is out of step with AssessmentService.assessCandidacy");
        }
    }
}
