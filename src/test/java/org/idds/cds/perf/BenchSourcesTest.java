package org.idds.cds.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks (src/bench, run by {@code bin/bench-jmh}) are never run by the normal build, so nothing else notices
 * when they fall behind the code: they did not compile after a refactoring, and had refused the bundled ruleset since
 * the trial concern arrived (their own list of vocabularies lacked it). This compiles them against today's classes
 * (without JMH's annotation processor: nothing is generated or kept) and checks that they load the rulesets with a
 * vocabulary for every concern that has rules.
 */
class BenchSourcesTest {

    private static final Path BENCH = Path.of("src/bench/java");

    @Test
    void theBenchmarksCompileAndLoadTheRulesetsWithEveryConcernsVocabulary(@TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK compiler");
        List<File> sources;
        try (Stream<Path> files = Files.walk(BENCH)) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .toList();
        }
        assertTrue(sources.size() > 3, "the benchmark sources are found");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of("-proc:none", "--release", "17", "-classpath", classpath, "-d", classes.toString()),
                            null,
                            files.getJavaFileObjectsFromFiles(sources))
                    .call();
            assertTrue(
                    compiled,
                    () -> diagnostics.getDiagnostics().stream()
                            .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null))
                            .collect(Collectors.joining("\n")));
        }

        try (URLClassLoader bench = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            @SuppressWarnings("unchecked")
            List<ConcernVocabulary> vocabularies =
                    (List<ConcernVocabulary>) bench.loadClass("org.idds.cds.bench.BenchRulesets")
                            .getMethod("vocabularies")
                            .invoke(null);
            Set<Concern> covered = vocabularies.stream()
                    .map(ConcernVocabulary::concern)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Concern.class)));
            Set<Concern> withRules = Arrays.stream(Concern.values())
                    .filter(c -> Files.isDirectory(
                            Path.of("src/main/resources/rules", c.name().toLowerCase(Locale.ROOT))))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Concern.class)));
            assertEquals(withRules, covered, "the benchmarks' rulesets are checked by every concern's vocabulary");
        }
    }
}
