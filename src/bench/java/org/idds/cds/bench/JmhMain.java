package org.idds.cds.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.idds.cds.selection.service.SeedCase;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks (usual JMH command-line options accepted after the output folder), writes JMH's JSON to
 * {@code <out>/jmh-result.json} and a report to {@code <out>/jmh-report.txt} that gives every score as a ratio to the
 * baseline benchmark of the same run, since absolute times on a shared 2-core machine mean little.
 */
public final class JmhMain {

    static final String BASELINE = "SerialisationBench.baselineTinyRecord";

    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        CommandLineOptions cli =
                new CommandLineOptions(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        Path json = out.resolve("jmh-result.json");
        if (!cli.getResultFormat().hasValue()) {
            options.resultFormat(ResultFormatType.JSON).result(json.toString());
        }
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        Collection<RunResult> results = new Runner(options.build()).run();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String report = report(results, seconds, loadBefore + " before, " + loadAverage() + " after");
        Files.writeString(out.resolve("jmh-report.txt"), report);
        System.out.println();
        System.out.print(report);
        System.out.println("Written: " + out.resolve("jmh-report.txt")
                + (cli.getResultFormat().hasValue() ? "" : " and " + json));
    }

    private static String report(Collection<RunResult> results, long seconds, String loadAverages) {
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(r -> r.getParams().getBenchmark()));
        Result<?> baseline = sorted.stream()
                .filter(r -> shortName(r).equals(BASELINE))
                .map(RunResult::getPrimaryResult)
                .findFirst()
                .orElse(null);
        StringBuilder s = new StringBuilder();
        s.append("IDDS JMH benchmarks, ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        s.append("JVM: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, host args ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .append('\n');
        if (!sorted.isEmpty()) {
            var p = sorted.get(0).getParams();
            s.append("Settings: forks ")
                    .append(p.getForks())
                    .append(", warm-up ")
                    .append(p.getWarmup().getCount())
                    .append(" x ")
                    .append(p.getWarmup().getTime())
                    .append(", measurement ")
                    .append(p.getMeasurement().getCount())
                    .append(" x ")
                    .append(p.getMeasurement().getTime())
                    .append(", threads ")
                    .append(p.getThreads())
                    .append(", fork JVM args ")
                    .append(p.getJvmArgs())
                    .append("; run took ")
                    .append(seconds)
                    .append(" s\n");
        }
        s.append("Load average (1/5/15 min): ")
                .append(loadAverages)
                .append(
                        " - other processes on this machine make the scores noisy; compare ratios, and runs with a low load\n");
        s.append("Fixture: ")
                .append(System.getProperty("idds.bench.fixture", SeedCase.DEFAULT_FIXTURE.toString()))
                .append('\n');
        s.append(payloadSizes()).append('\n');
        s.append(String.format(
                "%-50s %14s %12s %-8s %16s%n", "benchmark", "score", "error (99.9%)", "unit", "x baseline"));
        for (RunResult r : sorted) {
            Result<?> primary = r.getPrimaryResult();
            s.append(String.format(
                    "%-50s %14.3f %12.3f %-8s %16s%n",
                    shortName(r),
                    primary.getScore(),
                    primary.getScoreError(),
                    primary.getScoreUnit(),
                    ratio(primary, baseline)));
        }
        s.append(
                baseline == null
                        ? "No baseline (" + BASELINE + ") in this run, so no ratios.\n"
                        : "x baseline = how many baseline operations (" + BASELINE
                                + ": the same ObjectMapper writing a 3-field record)"
                                + " one operation costs, in the same run.\n");
        return s.toString();
    }

    /** Cost relative to the baseline: time per op divided by baseline time per op (or the inverse for throughput). */
    private static String ratio(Result<?> r, Result<?> baseline) {
        if (baseline == null
                || baseline.getScore() == 0
                || r.getScore() == 0
                || !r.getScoreUnit().equals(baseline.getScoreUnit())) {
            return "-";
        }
        boolean timePerOp = r.getScoreUnit().endsWith("/op");
        double x = timePerOp ? r.getScore() / baseline.getScore() : baseline.getScore() / r.getScore();
        return String.format("%.1f", x);
    }

    private static String payloadSizes() {
        try {
            SeedCase seed = new SeedCase();
            seed.setUp();
            return "Payload: response JSON " + seed.responseJson().length + " bytes; gzip level 6 "
                    + seed.responseJsonGzipped().length
                    + " bytes, level 1 "
                    + new org.idds.cds.selection.service.SerialisationBench.FastGzip()
                            .compress(seed.responseJson())
                            .length
                    + " bytes; request " + seed.requestBody.length() + " bytes";
        } catch (RuntimeException e) {
            return "Payload sizes unavailable: " + e;
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String shortName(RunResult r) {
        String[] parts = r.getParams().getBenchmark().split("\\.");
        return parts.length < 2
                ? r.getParams().getBenchmark()
                : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
