package org.idds.cds.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.RawRequest;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.dosing.api.PrescriptionRequests;
import org.idds.cds.dosing.service.PrescriptionCheckService;
import org.idds.cds.engine.DrlLexerLiterals;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.EvaluationWork;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.NegativeRef;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.selection.Evaluation;
import org.idds.cds.selection.api.CandidacyRequests;
import org.idds.cds.selection.service.AssessmentService;
import org.idds.cds.selection.service.OutcomesFile;
import org.idds.cds.support.FixedAssessmentCalendar;
import org.idds.cds.support.FixedCheckClock;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * A regression guard that cannot flake: every seed fixture of every concern (the concern-level cases,
 * {@code rules/<concern>/cases/}) is run through the production service method (no Quarkus, no database, the fixed
 * assessment date and check clock), and the work it made is counted, never timed: rules fired, matches created and
 * cancelled, facts inserted (the engine's {@link EvaluationWork}) and, for selection, the facts visited by the basis
 * lookup of the pertinent negatives ({@link Evaluation#basisFactVisits}). A count above its budget in
 * {@code src/test/resources/perf/budget.json} fails; a count below it is reported so the budget can be lowered.
 * Every fixture is measured twice in the same JVM and both runs must count the same. Allocated bytes are printed,
 * never gated: they move with the JIT. See docs/performance.md.
 */
class WorkBudgetTest {

    static final Path BUDGET = Path.of("src/test/resources/perf/budget.json");

    static final List<String> COUNTS =
            List.of("rulesFired", "matchesCreated", "matchesCancelled", "factsInserted", "basisFactVisits");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One fixture's counts (in {@link #COUNTS} order, those that apply to its concern), the facts the service gave the
     * engine (reported, to read the counts by) and its allocation.
     */
    record Measured(String fixture, Map<String, Integer> counts, int givenFacts, long allocatedBytes) {}

    @Test
    void everySeedFixtureStaysWithinItsWorkBudgetAndCountsTheSameTwice() throws IOException {
        Harness harness = new Harness();
        List<ClinicalCase> fixtures = seedFixtures();
        List<Measured> first = fixtures.stream().map(harness::measure).toList();
        List<Measured> second = fixtures.stream().map(harness::measure).toList();
        for (int i = 0; i < first.size(); i++) {
            assertEquals(
                    first.get(i).counts(),
                    second.get(i).counts(),
                    first.get(i).fixture() + ": the same fixture counted differently on a second run in the same JVM;"
                            + " the counts must be deterministic (look for iteration over a hash set or map of facts)");
        }
        report(first, second);
        check(second, (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(BUDGET.toFile()).path("fixtures"));
    }

    /** The concern-level cases of every concern: rules/&lt;concern&gt;/cases/&lt;case&gt;. */
    static List<ClinicalCase> seedFixtures() throws IOException {
        List<String> concerns;
        try (Stream<Path> dirs = Files.list(Fixtures.ROOT)) {
            concerns = dirs.filter(d -> Files.isDirectory(d.resolve(Fixtures.CASES)))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
        List<ClinicalCase> seeds = new ArrayList<>();
        concerns.forEach(concern -> Fixtures.all(concern).stream()
                .filter(c -> c.topic().isEmpty())
                // an MDT case is its concerns' evaluations, each already measured by its own concern's fixture
                .filter(c -> !c.when().equals("POST /api/v1/mdt-cases"))
                .forEach(seeds::add));
        if (seeds.isEmpty()) {
            fail("no seed fixtures found under " + Fixtures.ROOT + "/<concern>/cases/");
        }
        return seeds;
    }

    private static void check(List<Measured> measured, com.fasterxml.jackson.databind.node.ObjectNode budget) {
        List<String> failures = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (Measured m : measured) {
            JsonNode entry = budget.path(m.fixture());
            if (entry.isMissingNode()) {
                failures.add(m.fixture() + " has no budget; add to " + BUDGET + " under \"fixtures\": \"" + m.fixture()
                        + "\": " + entryJson(m));
                continue;
            }
            for (var count : m.counts().entrySet()) {
                if (!entry.has(count.getKey())) {
                    failures.add(
                            m.fixture() + ": no budget for " + count.getKey() + " (measured " + count.getValue() + ")");
                    continue;
                }
                int allowed = entry.path(count.getKey()).asInt();
                if (count.getValue() > allowed) {
                    failures.add(m.fixture() + ": " + count.getKey() + " rose above its budget: budget " + allowed
                            + ", measured " + count.getValue() + ". A raised count is committed together with its"
                            + " cause: find what made the extra work, remove it, or raise the budget in " + BUDGET
                            + " in the same commit as the change that needs it, saying why in its \"why\" field");
                } else if (count.getValue() < allowed) {
                    lower.add(m.fixture() + ": " + count.getKey() + " fell: budget " + allowed + ", measured "
                            + count.getValue() + "; lower the budget in " + BUDGET + " to keep the gain");
                }
            }
        }
        Iterator<String> names = budget.fieldNames();
        List<String> fixtures = measured.stream().map(Measured::fixture).toList();
        while (names.hasNext()) {
            String name = names.next();
            if (!fixtures.contains(name)) {
                failures.add(BUDGET + " names " + name + ", which is not a seed fixture: remove its entry");
            }
        }
        lower.forEach(hint -> System.out.println("[work budget] " + hint));
        if (!failures.isEmpty()) {
            fail(failures.size() + " work budget problem(s):\n" + String.join("\n", failures));
        }
    }

    private static String entryJson(Measured m) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("why", "…");
        entry.putAll(m.counts());
        try {
            return JSON.writeValueAsString(entry);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(List<Measured> first, List<Measured> second) {
        StringBuilder table = new StringBuilder("[work budget] fixture | ")
                .append(String.join(" | ", COUNTS))
                .append(" | given facts | allocated bytes (1st run, 2nd run; reported, not gated)\n");
        for (int i = 0; i < second.size(); i++) {
            Measured m = second.get(i);
            table.append("[work budget] ").append(m.fixture());
            for (String count : COUNTS) {
                table.append(" | ")
                        .append(Optional.ofNullable(m.counts().get(count))
                                .map(String::valueOf)
                                .orElse("-"));
            }
            table.append(" | ")
                    .append(m.givenFacts())
                    .append(" | ")
                    .append(first.get(i).allocatedBytes())
                    .append(", ")
                    .append(m.allocatedBytes())
                    .append('\n');
        }
        System.out.print(table);
    }

    /** The production services as CDI would build them, without Quarkus: a store that keeps nothing, fixed clocks. */
    static final class Harness {

        private final ObjectMapper json = serviceMapper();
        private final CapturingEngine engine = new CapturingEngine();
        private final Rulesets rulesets = new Rulesets(engine, new DrlLexerLiterals(), Knowledge.vocabularies());
        private final Ruleset ruleset = rulesets.active();
        private final AnswerRecorder recorder = new AnswerRecorder(NO_STORE, json, NO_METRICS);
        private final AssessmentService selection =
                new AssessmentService(rulesets, engine, NO_STORE, new FixedAssessmentCalendar(), recorder);
        private final PrescriptionCheckService dosing =
                new PrescriptionCheckService(rulesets, engine, new FixedCheckClock(), recorder);
        private final org.idds.cds.safety.service.ProcedureCheckService safety =
                new org.idds.cds.safety.service.ProcedureCheckService(
                        rulesets, engine, new FixedCheckClock(), recorder);
        private final org.idds.cds.safety.service.FollowUpCheckService followUp =
                new org.idds.cds.safety.service.FollowUpCheckService(rulesets, engine, new FixedCheckClock(), recorder);
        private final Caller caller = new Caller("work-budget", Caller.ReadScope.ANY);
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        Measured measure(ClinicalCase c) {
            engine.evaluations.clear();
            Map<String, Integer> counts = new LinkedHashMap<>();
            long allocated;
            switch (c.when()) {
                case "POST /api/v1/candidacy-assessments" -> {
                    var candidacyCase = CandidacyRequests.candidacyCase(json, c.request());
                    long before = threads.getCurrentThreadAllocatedBytes();
                    var answer = selection.assessCandidacy(
                            candidacyCase,
                            Optional.empty(),
                            received(org.idds.cds.selection.api.CandidacyRequest.SCHEMA, c.request()),
                            caller);
                    allocated = threads.getCurrentThreadAllocatedBytes() - before;
                    assertEquals(
                            c.then().path("verdict").asText(),
                            answer.result().verdict().name(),
                            c.path() + ": a budget never measures a wrong answer");
                    Captured captured = only(c);
                    work(counts, captured.result().work());
                    // The basis lookup, as AssessmentService runs it: one pertinentNegatives call on the same facts
                    // and engine result; its answer must be the one the service gave.
                    Evaluation evaluation =
                            new Evaluation(ruleset, OutcomesFile.of(ruleset), captured.facts(), captured.result());
                    List<NegativeRef> negatives = evaluation.parts().pertinentNegatives();
                    assertEquals(
                            answer.result().pertinentNegatives(),
                            negatives,
                            c.path() + ": the counted basis lookup is not the one the service ran");
                    counts.put("basisFactVisits", evaluation.basisFactVisits());
                }
                case "POST /api/v1/prescription-checks" -> {
                    var prescription = PrescriptionRequests.prescription(json, c.request(), ruleset.drugs());
                    allocated = statusChecked(
                            c,
                            counts,
                            () -> dosing.check(
                                    prescription,
                                    Optional.empty(),
                                    received(org.idds.cds.dosing.api.PrescriptionRequest.SCHEMA, c.request()),
                                    caller),
                            r -> r.status());
                }
                case "POST /api/v1/procedure-checks" -> {
                    var check =
                            org.idds.cds.safety.api.ProcedureCheckRequests.check(json, c.request(), ruleset.drugs());
                    allocated = statusChecked(
                            c,
                            counts,
                            () -> safety.check(
                                    check,
                                    Optional.empty(),
                                    received(org.idds.cds.safety.api.ProcedureCheckRequest.SCHEMA, c.request()),
                                    caller),
                            r -> r.status());
                }
                case "POST /api/v1/follow-up-checks" -> {
                    var check = org.idds.cds.safety.api.FollowUpCheckRequests.check(json, c.request(), ruleset);
                    allocated = statusChecked(
                            c,
                            counts,
                            () -> followUp.check(
                                    check,
                                    Optional.empty(),
                                    received(org.idds.cds.safety.api.FollowUpCheckRequest.SCHEMA, c.request()),
                                    caller),
                            r -> r.status());
                }
                default ->
                    throw new AssertionError(c.path() + ": no work measurement for '" + c.when()
                            + "' yet; add one to WorkBudgetTest.Harness");
            }
            return new Measured(c.path(), counts, only(c).facts().size(), allocated);
        }

        /**
         * Runs {@code check} (a service whose answer has a status), its allocation measured around the call alone,
         * checks the status the case expects (a budget never measures a wrong answer) and counts the engine's work.
         */
        private <T> long statusChecked(
                ClinicalCase c,
                Map<String, Integer> counts,
                java.util.function.Supplier<org.idds.cds.audit.Recorded<T>> check,
                java.util.function.Function<T, Enum<?>> status) {
            long before = threads.getCurrentThreadAllocatedBytes();
            var answer = check.get();
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertEquals(
                    c.then().path("status").asText(),
                    status.apply(answer.result()).name(),
                    c.path() + ": a budget never measures a wrong answer");
            work(counts, only(c).result().work());
            return allocated;
        }

        private Captured only(ClinicalCase c) {
            assertEquals(1, engine.evaluations.size(), c.path() + ": expected one engine evaluation");
            return engine.evaluations.get(0);
        }

        private static void work(Map<String, Integer> counts, EvaluationWork work) {
            counts.put("rulesFired", work.rulesFired());
            counts.put("matchesCreated", work.matchesCreated());
            counts.put("matchesCancelled", work.matchesCancelled());
            counts.put("factsInserted", work.factsInserted());
        }

        private static ReceivedRequest received(String schema, String body) {
            return new ReceivedRequest(schema, RawRequest.of(body.getBytes(StandardCharsets.UTF_8)), body);
        }
    }

    record Captured(Concern concern, List<Object> facts, EngineResult result) {}

    /** The production engine, remembering each evaluation's facts and result for the counts. */
    static final class CapturingEngine extends RuleEngine {

        final List<Captured> evaluations = new ArrayList<>();

        @Override
        public EngineResult evaluate(String version, Concern concern, Collection<?> facts) {
            EngineResult result = super.evaluate(version, concern, facts);
            evaluations.add(new Captured(concern, List.copyOf(facts), result));
            return result;
        }
    }

    /** Keeps nothing: the database is not part of the work counted here. */
    /** Counters kept to themselves: the services count answers, nothing reads them here. */
    static final org.idds.cds.audit.AssessmentMetrics NO_METRICS =
            new org.idds.cds.audit.AssessmentMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    static final AssessmentStore NO_STORE = new AssessmentStore() {
        @Override
        public void append(StoredAssessment assessment) {}

        @Override
        public void append(org.idds.cds.audit.NewAssessment assessment) {}

        @Override
        public Optional<StoredAssessment> find(UUID id) {
            return Optional.empty();
        }
    };

    /**
     * An ObjectMapper configured like the service's (Quarkus registers the jdk8, jsr310 and parameter-names modules;
     * application.properties sets the rest), as src/bench's BenchJson.
     */
    static ObjectMapper serviceMapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new ParameterNamesModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
    }
}
