package org.idds.cds.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documents name only what exists. In README.md, ARCHITECTURE.md, every page under docs/ and every folder's own
 * README.md: each repository path (in a code span, a link or a command; relative to the repository, to the document,
 * or to the ruleset, resources or Java roots it is written against) exists; each Java class named in a code span, or
 * as a test class anywhere ({@code ...Test}, {@code ...IT}), is a class of src/main, src/test or src/bench (a package
 * prefix such as {@code audit.AssessmentReplayer} must be its package); each endpoint ({@code METHOD /api/v1/...}, or
 * a bare {@code /api/v1/...} path) matches a JAX-RS resource method; each link to a heading of a document finds the
 * heading. URLs and absolute paths are not repository paths and are not checked; a placeholder ({@code <concern>},
 * {@code {id}}, {@code $ID}) or a glob stands for any name, so only the part of the path before it is checked.
 */
class DocumentsMatchCodeTest {

    private static final Path ROOT = Path.of("");

    /** Folders the documents' paths are written against, besides the repository root and the document's folder. */
    private static final List<String> BASES = List.of(
            "src/main/resources",
            "src/main/resources/rules",
            "src/main/resources/org/idds/cds",
            "src/test/resources",
            "src/test/resources/rules",
            "src/main/java/org/idds/cds",
            "src/test/java/org/idds/cds",
            "src/bench/java/org/idds/cds");

    /**
     * Documents that describe an archived ruleset name its files as they are inside the archive (the format 1 layout
     * no longer exists in the bundled ruleset).
     */
    private static final Map<String, List<String>> DOCUMENT_BASES = Map.of(
            "src/main/resources/rules/schemas/format-1/README.md",
            List.of("src/main/resources/ruleset-archive/2026.11.0"),
            "src/main/resources/rules/schemas/format-2/README.md",
            List.of("src/main/resources/ruleset-archive/2026.12.0"));

    /**
     * Names that are not repository paths although they look like ones, each with why: files the service or the build
     * creates at run time, and names of things outside this repository.
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("data/", "created by the service at its first start (keys, embedded database, audit head)"),
            Map.entry("target/", "created by the build"),
            Map.entry("private-key.pem", "the service's signing key, created at its first start under data/keys"),
            Map.entry("public-key.pem", "the service's public key, created at its first start under data/keys"),
            Map.entry("idds-credentials.properties", "created by the embedded database at its first start"),
            Map.entry("postmaster.pid", "PostgreSQL's pid file in the running embedded server's data directory"),
            Map.entry("GZIPOutputStream", "a JDK class"),
            Map.entry("ObjectMapper", "Jackson's class"),
            Map.entry("KieSession", "a Drools class"),
            Map.entry("KieBase", "a Drools class"),
            Map.entry("ReleaseId", "a Drools class"),
            Map.entry("PlanDefinition", "a FHIR resource"),
            Map.entry("PublicationStatus", "a FHIR value set"),
            Map.entry(
                    "rules/device-model/",
                    "where the build packages device-model/ in the application (pom <resources>)"),
            Map.entry("rules/trial-protocols/", "where the build packages trial-protocols/ in the application"),
            Map.entry("java.sql", "a Java package, not a file"),
            Map.entry("javax.sql", "a Java package, not a file"),
            Map.entry("QuarkusTest", "Quarkus's test annotation"),
            Map.entry("QuarkusIntegrationTest", "Quarkus's packaged-application test annotation"),
            Map.entry("Sx", "the source keys of the clinical notes outside this repository"),
            Map.entry("ETag", "an HTTP header"),
            Map.entry("Decimal", "the arithmetic of a UCUM library this project does not use (decision 0004)"),
            Map.entry("Deflater", "a JDK class"),
            Map.entry("ByteArrayOutputStream", "a JDK class"),
            Map.entry("ThreadMXBean.getCurrentThreadAllocatedBytes", "a JDK method"),
            Map.entry("ByteArrayBuilder", "Jackson's class"));

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```[^\\n]*\\n(.*?)^```");
    private static final Pattern COMMAND_PATH =
            Pattern.compile("(?<![\\w/.-])@?((?:src|bin|deploy|docs|device-model|trial-protocols|\\.ci)/[^\\s'\"`)]*)");
    private static final Pattern ENDPOINT =
            Pattern.compile("(?:\\b(GET|POST|PUT|DELETE|PATCH) )?(?<![A-Za-z.-])(/api/v1/[^\\s`)\\],;'\"]*)");
    private static final Pattern TEST_CLASS = Pattern.compile("\\b[A-Z][A-Za-z0-9]*[a-z0-9](?:Test|IT)\\b");
    private static final Pattern CLASS_SPAN = Pattern.compile(
            "((?:[a-z][a-z0-9]*\\.)*)" // a package prefix
                    + "([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)" // the class, not an ALL_CAPS code
                    + "((?:\\.[A-Z][A-Za-z0-9]*)*)" // nested classes
                    + "(?:\\.[a-z][A-Za-z0-9]*)?(?:\\(.*\\))?"); // a member
    private static final Pattern FILE_NAME =
            Pattern.compile("[A-Za-z0-9_.-]+\\.(json|md|java|sql|drl|txt|properties|xml|pem|yml|yaml|sh|gz)");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("\\b(?:class|record|interface|enum|@interface)\\s+([A-Z][A-Za-z0-9]*)");

    @Test
    void everyPathClassAndEndpointTheDocumentsNameExists() throws IOException {
        Index index = Index.build();
        List<String> problems = new ArrayList<>();
        List<Path> documents = documents();
        assertTrue(documents.size() > 10, "documents found: " + documents);
        for (Path document : documents) {
            problems(document, Files.readString(document), index).forEach(p -> problems.add(document + ": " + p));
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " name(s) in the documents match nothing in the code:\n"
                    + String.join("\n", new LinkedHashSet<>(problems)));
        }
    }

    /** The check catches the drift issue 19 found, and passes what exists. */
    @Test
    void theCheckCatchesDrift() throws IOException {
        Index index = Index.build();
        String drifted = String.join(
                "\n",
                "A drug as in the drug catalogue (`knowledge/drugs.json`), sources in `rules/evidence/sources.json`.",
                "The port `knowledge.NumericLiteralScanner`, the class `NoSuchThing`, tested by NoSuchThingTest.",
                "`POST /api/v1/ruleset` and `GET /api/v1/rulesets/{hash}/pictures/{key}`; see [x](docs/nothing.md)",
                "and [y](ARCHITECTURE.md#no-such-heading).",
                "```bash",
                "curl -d @src/test/resources/rules/selection/cases/no-such-case/request.json",
                "  localhost:8080/api/v1/nothing",
                "```");
        List<String> found = problems(Path.of("README.md"), drifted, index);
        for (String expected : List.of(
                "knowledge/drugs.json",
                "rules/evidence/sources.json",
                "knowledge.",
                "NoSuchThing",
                "NoSuchThingTest",
                "POST /api/v1/ruleset",
                "pictures",
                "docs/nothing.md",
                "no-such-heading",
                "no-such-case",
                "/api/v1/nothing")) {
            assertTrue(found.stream().anyMatch(p -> p.contains(expected)), expected + " not caught: " + found);
        }
        String fine = String.join(
                "\n",
                "`src/main/resources/rules/shared/drugs.json`, `ruleset.NumericLiteralScanner`,",
                "`RulesetLoader.archived`, `GET /api/v1/rulesets/{hash}/figures/{key}`, `/api/v1/rulesets/$HASH/...`,",
                "`POST /api/v1/assessments/{id}/replay`,",
                "`src/test/resources/rules/<concern>/<topic>/cases/`, `engine/ConcernIsolationTest`, MdtCaseTest,",
                "[ARCHITECTURE.md](ARCHITECTURE.md#the-answer-format), `mg/d`, `10*9/L`, `application/problem+json`.");
        assertEquals(List.of(), problems(Path.of("README.md"), fine, index));
    }

    /** What in one document's text names nothing in the code. */
    private static List<String> problems(Path document, String text, Index index) throws IOException {
        List<String> problems = new ArrayList<>();
        String prose = FENCE.matcher(text).replaceAll("");
        Set<String> seen = new HashSet<>();
        Matcher spans = CODE_SPAN.matcher(prose);
        while (spans.find()) {
            String span = spans.group(1).strip();
            if (seen.add(span)) {
                checkSpan(span, document, index).ifPresent(problems::add);
            }
        }
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            checkLink(links.group(1), document).ifPresent(problems::add);
        }
        Matcher fences = FENCE.matcher(text);
        while (fences.find()) {
            Matcher paths = COMMAND_PATH.matcher(fences.group(1));
            while (paths.find()) {
                String path = trimEnd(paths.group(1));
                if (seen.add(path) && !allowed(path) && !exists(path, document)) {
                    problems.add("path in a command does not exist: " + path);
                }
            }
        }
        Matcher endpoints = ENDPOINT.matcher(text);
        while (endpoints.find()) {
            String method = endpoints.group(1);
            String path = trimEnd(endpoints.group(2));
            if (!index.endpointExists(Optional.ofNullable(method), path)) {
                problems.add("no resource answers " + (method == null ? "" : method + " ") + path);
            }
        }
        Matcher tests = TEST_CLASS.matcher(prose);
        while (tests.find()) {
            if (!index.classes.contains(tests.group()) && !allowed(tests.group())) {
                problems.add("no test class " + tests.group());
            }
        }
        return problems;
    }

    private static Optional<String> checkSpan(String span, Path document, Index index) {
        if (span.contains(" ") || span.contains("://") || allowed(span)) {
            return Optional.empty();
        }
        Matcher endpoint = ENDPOINT.matcher(span);
        if (endpoint.lookingAt()) {
            return Optional.empty(); // endpoints are checked over the whole text
        }
        if (looksLikePath(span, document)) {
            String path = trimEnd(span);
            return exists(path, document) ? Optional.empty() : Optional.of("path does not exist: " + span);
        }
        Matcher type = CLASS_SPAN.matcher(span);
        if (type.matches()) {
            String packages = type.group(1);
            String name = type.group(2);
            String nested = type.group(3);
            if (!index.classes.contains(name) && !allowed(name)) {
                return index.otherNames.contains(name) ? Optional.empty() : Optional.of("no class " + span);
            }
            if (allowed(name)) {
                return Optional.empty();
            }
            if (!packages.isEmpty() && !index.inPackage(name, packages.substring(0, packages.length() - 1))) {
                return Optional.of("class " + name + " is not in package " + packages);
            }
            for (String inner : nested.split("\\.")) {
                if (!inner.isEmpty() && !index.classes.contains(inner)) {
                    return Optional.of("no nested class " + inner + " in " + span);
                }
            }
        }
        return Optional.empty();
    }

    /** A link to a repository file exists, and a link to one of its headings finds the heading. */
    private static Optional<String> checkLink(String target, Path document) throws IOException {
        if (target.contains("://") || target.startsWith("mailto:")) {
            return Optional.empty();
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
        Path resolved =
                file.isEmpty() ? document : parent(document).resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return Optional.of("link to a file that does not exist: " + target);
        }
        if (!anchor.isEmpty()
                && resolved.toString().endsWith(".md")
                && !anchors(resolved).contains(anchor)) {
            return Optional.of("link to a heading that does not exist: " + target);
        }
        return Optional.empty();
    }

    /** GitHub's anchors of a Markdown file's headings. */
    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        String text = FENCE.matcher(Files.readString(markdown)).replaceAll("");
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").toLowerCase();
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static boolean looksLikePath(String span, Path document) {
        if (span.startsWith("/")
                || (span.startsWith(".") && !span.startsWith("./"))
                || span.startsWith("application/")
                || span.startsWith("text/")) {
            return false;
        }
        String clean = span.startsWith("./") ? span.substring(2) : span;
        if (FILE_NAME.matcher(clean.substring(clean.lastIndexOf('/') + 1)).matches()) {
            return true;
        }
        if (!clean.contains("/") || !clean.matches("[A-Za-z0-9_.<>{}*$@/-]+")) {
            return false;
        }
        String first = clean.substring(0, clean.indexOf('/'));
        return !first.isEmpty()
                && !placeholder(first)
                && bases(document).stream().anyMatch(b -> Files.isDirectory(b.resolve(first)));
    }

    private static boolean exists(String path, Path document) {
        String clean = path.startsWith("./") ? path.substring(2) : path;
        if (allowed(clean)) {
            return true;
        }
        List<String> segments = new ArrayList<>(List.of(clean.split("/")));
        int cut = segments.size();
        for (int i = 0; i < segments.size(); i++) {
            if (placeholder(segments.get(i))) {
                cut = i;
                break;
            }
        }
        String checked = String.join("/", segments.subList(0, cut));
        if (checked.isEmpty()) {
            return true;
        }
        if (!checked.contains("/")
                && cut == segments.size()
                && FILE_NAME.matcher(checked).matches()) {
            return Index.fileNames().contains(checked);
        }
        for (Path base : bases(document)) {
            Path candidate = base.resolve(checked);
            if (Files.exists(candidate) || (cut == segments.size() && Files.exists(base.resolve(checked + ".java")))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> bases(Path document) {
        List<Path> bases = new ArrayList<>(List.of(ROOT, parent(document)));
        BASES.forEach(b -> bases.add(Path.of(b)));
        DOCUMENT_BASES.getOrDefault(document.toString(), List.of()).forEach(b -> bases.add(Path.of(b)));
        return bases;
    }

    private static Path parent(Path document) {
        return document.getParent() == null ? ROOT : document.getParent();
    }

    private static boolean placeholder(String segment) {
        return segment.contains("<")
                || segment.contains("{")
                || segment.contains("*")
                || segment.contains("$")
                || segment.contains("...")
                || segment.contains("…")
                || segment.contains("|");
    }

    private static boolean allowed(String name) {
        String clean = name.startsWith("./") ? name.substring(2) : name;
        return ALLOWED.keySet().stream().anyMatch(a -> a.endsWith("/") ? clean.startsWith(a) : clean.equals(a));
    }

    private static String trimEnd(String text) {
        String path = text.replaceAll("\\?.*$", "");
        return path.endsWith("/...") ? path : path.replaceAll("[.,:;]+$", "");
    }

    /** README.md, ARCHITECTURE.md, every Markdown page under docs/ and every folder's own README.md. */
    static List<Path> documents() throws IOException {
        Set<Path> documents = new TreeSet<>();
        for (String top : List.of("README.md", "ARCHITECTURE.md", "DEVELOPERS.md")) {
            if (Files.exists(Path.of(top))) {
                documents.add(Path.of(top));
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            files.map(p -> ROOT.resolve(Path.of(".").relativize(p)))
                    .filter(p -> !p.startsWith("target") && !p.startsWith(".git") && !p.startsWith("data"))
                    .filter(p -> p.getFileName().toString().equals("README.md")
                            || (p.startsWith("docs") && p.toString().endsWith(".md")))
                    .forEach(documents::add);
        }
        return List.copyOf(documents);
    }

    /** What the code holds: its classes, the names the rules use, its JAX-RS endpoints. */
    private record Index(
            Set<String> classes,
            Map<String, Set<String>> packagesByClass,
            Set<String> otherNames,
            List<Endpoint> endpoints) {

        private static Set<String> fileNames;

        static Index build() throws IOException {
            Set<String> classes = new HashSet<>();
            Map<String, Set<String>> packages = new HashMap<>();
            List<Endpoint> endpoints = new ArrayList<>();
            for (String root : List.of("src/main/java", "src/test/java", "src/bench/java", "src/bench/load")) {
                Path base = Path.of(root);
                if (!Files.isDirectory(base)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(base)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String name = file.getFileName().toString().replace(".java", "");
                        String pkg =
                                base.relativize(file.getParent()).toString().replace('/', '.');
                        String source = Files.readString(file);
                        Matcher declared = TYPE_DECLARATION.matcher(source);
                        Set<String> names = new HashSet<>(Set.of(name));
                        while (declared.find()) {
                            names.add(declared.group(1));
                        }
                        for (String n : names) {
                            classes.add(n);
                            packages.computeIfAbsent(n, k -> new HashSet<>()).add(pkg);
                        }
                        if (root.equals("src/main/java") && source.contains("@Path(")) {
                            endpoints.addAll(Endpoint.of(pkg + "." + name));
                        }
                    }
                }
            }
            Set<String> other = new HashSet<>();
            try (Stream<Path> files = Files.walk(Path.of("src/main/resources/rules"))) {
                Pattern topic = Pattern.compile("\"topic\"\\s*:\\s*\"([A-Za-z]+)\"");
                for (Path file : files.filter(f -> f.getFileName().toString().equals("rules.json"))
                        .toList()) {
                    Matcher m = topic.matcher(Files.readString(file));
                    while (m.find()) {
                        other.add(m.group(1)); // the topic names, which DRL files and the engine use
                    }
                }
            }
            return new Index(classes, packages, other, endpoints);
        }

        boolean inPackage(String name, String packageSuffix) {
            return packagesByClass.getOrDefault(name, Set.of()).stream()
                    .anyMatch(p -> p.equals(packageSuffix) || p.endsWith("." + packageSuffix));
        }

        boolean endpointExists(Optional<String> method, String documented) {
            return endpoints.stream()
                    .filter(e -> method.isEmpty() || e.method().equals(method.get()))
                    .anyMatch(e -> e.answers(documented));
        }

        static Set<String> fileNames() {
            if (fileNames == null) {
                Set<String> names = new HashSet<>();
                try (Stream<Path> files = Files.walk(Path.of("."))) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> !p.startsWith("./target") && !p.startsWith("./.git"))
                            .forEach(p -> names.add(p.getFileName().toString()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                fileNames = names;
            }
            return fileNames;
        }
    }

    /** One resource method: its HTTP method and its path template. */
    private record Endpoint(String method, String template) {

        private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*([^}]*))?}");

        static List<Endpoint> of(String className) {
            Class<?> type;
            try {
                type = Class.forName(className);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("resource class not on the test classpath: " + className, e);
            }
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            List<Endpoint> out = new ArrayList<>();
            // a resource's own methods and those it inherits (web.ReplayAlias), under the resource's path
            List<Method> methods = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                methods.addAll(List.of(c.getDeclaredMethods()));
            }
            for (Method m : methods) {
                Optional<String> verb = Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                        .filter(m::isAnnotationPresent)
                        .map(Class::getSimpleName)
                        .findFirst();
                if (verb.isPresent()) {
                    jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                    out.add(new Endpoint(
                            verb.get(),
                            join(
                                    classPath == null ? "" : classPath.value(),
                                    methodPath == null ? "" : methodPath.value())));
                }
            }
            return out;
        }

        private static String join(String a, String b) {
            String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
            return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        }

        /**
         * Whether a documented path names this endpoint, segment by segment: a literal equals a literal; a parameter
         * of the template takes any documented segment (one with a regex, only its alternatives); a documented
         * placeholder ({@code {id}}, {@code $ID}, {@code <id>}) takes any segment, {@code {a|b}} its alternatives; a
         * trailing {@code ...} stands for the rest of the path.
         */
        boolean answers(String documented) {
            List<String> ours = segments(PARAM.matcher(template)
                    .replaceAll(r -> Matcher.quoteReplacement(
                            r.group(2) == null ? "{*}" : "{" + r.group(2).strip() + "}")));
            List<String> theirs = segments(documented);
            boolean open = !theirs.isEmpty() && theirs.get(theirs.size() - 1).matches("\\.\\.\\.|…");
            if (open) {
                theirs = theirs.subList(0, theirs.size() - 1);
                if (theirs.size() > ours.size()) {
                    return false;
                }
            } else if (theirs.size() != ours.size()) {
                return false;
            }
            for (int i = 0; i < theirs.size(); i++) {
                if (!segmentMatches(ours.get(i), theirs.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private static List<String> segments(String path) {
            return List.of(path.replaceAll("^/|/$", "").split("/"));
        }

        private static boolean segmentMatches(String ours, String theirs) {
            Optional<Set<String>> allowed = alternatives(ours);
            Optional<Set<String>> documented = alternatives(theirs);
            boolean anyOurs = ours.equals("{*}");
            boolean anyTheirs = theirs.startsWith("$")
                    || theirs.startsWith("<")
                    || theirs.equals("{*}")
                    || (theirs.startsWith("{") && documented.isEmpty());
            if (anyOurs || anyTheirs) {
                return true;
            }
            if (allowed.isPresent() && documented.isPresent()) {
                return allowed.get().containsAll(documented.get());
            }
            if (allowed.isPresent()) {
                return allowed.get().contains(theirs);
            }
            return documented.isEmpty() && ours.equals(theirs);
        }

        /** The alternatives of a segment {@code {a|b|c}}, if it is one. */
        private static Optional<Set<String>> alternatives(String segment) {
            if (segment.startsWith("{") && segment.endsWith("}") && segment.contains("|")) {
                return Optional.of(
                        Set.of(segment.substring(1, segment.length() - 1).split("\\|")));
            }
            return Optional.empty();
        }
    }
}
