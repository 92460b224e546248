import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top entries of a JFR recording, for docs/performance.md: CPU samples (jdk.ExecutionSample) by method where the
 * thread was running (self) and by method anywhere on the stack (inclusive), a few named groups of frames, and
 * allocation samples (jdk.ObjectAllocationSample) by allocating method and by class, weighted by bytes. JDK only, run
 * with the source launcher:
 *
 * <pre>java src/bench/profile/JfrTop.java recording.jfr [--from ISO-instant] [--to ISO-instant] [--top N]</pre>
 *
 * {@code --from}/{@code --to} keep only the events of one phase (e.g. the load test's candidacy phase).
 */
public final class JfrTop {

    /** Named groups: a sample counts for a group when any frame's class name starts with one of its prefixes. */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("Drools (org.drools, org.kie)", List.of("org.drools.", "org.kie."));
        GROUPS.put("Jackson (com.fasterxml.jackson)", List.of("com.fasterxml.jackson."));
        GROUPS.put("gzip of the stored bodies (audit.Gzip, java.util.zip)", List.of("org.idds.cds.audit.Gzip", "java.util.zip."));
        GROUPS.put("audit writer and JDBC (audit.AuditWriter, org.postgresql)", List.of("org.idds.cds.audit.AuditWriter", "org.postgresql."));
        GROUPS.put("metrics (io.micrometer)", List.of("io.micrometer."));
        GROUPS.put("Bean Validation (org.hibernate.validator)", List.of("org.hibernate.validator."));
        GROUPS.put("token verification (io.smallrye.jwt, org.jose4j, web.VerifiedTokenCache)", List.of("io.smallrye.jwt.", "org.jose4j.", "org.idds.cds.web.VerifiedTokenCache"));
        GROUPS.put("HTTP (io.vertx, io.netty)", List.of("io.vertx.", "io.netty."));
        GROUPS.put("RESTEasy Reactive (org.jboss.resteasy.reactive)", List.of("org.jboss.resteasy.reactive."));
        GROUPS.put("selection (CaseFacts, Evaluation, views)", List.of("org.idds.cds.selection."));
        GROUPS.put("dosing", List.of("org.idds.cds.dosing."));
        GROUPS.put("MDT composition", List.of("org.idds.cds.mdt."));
        GROUPS.put("logging (org.jboss.logging, org.jboss.logmanager)", List.of("org.jboss.logging.", "org.jboss.logmanager."));
    }

    public static void main(String[] args) throws IOException {
        Path file = null;
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        int top = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> from = Instant.parse(args[++i]);
                case "--to" -> to = Instant.parse(args[++i]);
                case "--top" -> top = Integer.parseInt(args[++i]);
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: java JfrTop.java recording.jfr [--from instant] [--to instant] [--top N]");
            System.exit(2);
        }
        Map<String, Long> self = new LinkedHashMap<>();
        Map<String, Long> inclusive = new LinkedHashMap<>();
        Map<String, Long> groups = new LinkedHashMap<>();
        Map<String, Long> allocBySite = new LinkedHashMap<>();
        Map<String, Long> allocByClass = new LinkedHashMap<>();
        Map<String, Long> allocByGroup = new LinkedHashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
                continue;
            }
            String type = e.getEventType().getName();
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(frames.get(0)), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (seen.add(n)) {
                        inclusive.merge(n, 1L, Long::sum);
                    }
                }
                for (String g : groupsOf(frames)) {
                    groups.merge(g, 1L, Long::sum);
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = e.getLong("weight");
                allocated += weight;
                allocBySite.merge(site(frames), weight, Long::sum);
                allocByClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
                for (String g : groupsOf(frames)) {
                    allocByGroup.merge(g, weight, Long::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d CPU samples, %.1f MB of allocation samples (weight)%n", file, samples, allocated / 1e6);
        print("CPU, self (method running when sampled)", self, samples, top);
        print("CPU, inclusive (method anywhere on the stack; org.idds, Drools, Jackson, zip only)", filter(inclusive), samples, top);
        print("CPU, groups (inclusive; a sample can count in several)", groups, samples, 100);
        print("Allocation by site (first org.idds frame, else the allocating method)", allocBySite, allocated, top);
        print("Allocation by class", allocByClass, allocated, top);
        print("Allocation, groups (inclusive)", allocByGroup, allocated, 100);
    }

    private static Map<String, Long> filter(Map<String, Long> inclusive) {
        Map<String, Long> kept = new LinkedHashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("org.idds.") || k.startsWith("org.drools.") || k.startsWith("com.fasterxml.") || k.startsWith("java.util.zip.")) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static List<String> groupsOf(List<RecordedFrame> frames) {
        List<String> found = new ArrayList<>();
        GROUPS.forEach((group, prefixes) -> {
            for (RecordedFrame f : frames) {
                String type = f.getMethod() == null ? "" : f.getMethod().getType().getName();
                if (prefixes.stream().anyMatch(type::startsWith)) {
                    found.add(group);
                    return;
                }
            }
        });
        return found;
    }

    private static String site(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            if (f.getMethod() != null && f.getMethod().getType().getName().startsWith("org.idds.")) {
                return name(f);
            }
        }
        return name(frames.get(0));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod() == null ? "?" : f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", total == 0 ? 0 : 100.0 * e.getValue() / total, e.getKey()));
    }
}
