import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attack probe of the IDDS service (issue 14): the figures of the README's reliability section, measured against the
 * packaged jar that bin/attack-probe starts. JDK only, run with the source launcher.
 *
 * <p>Phases, each bounded in time and in connection count: (a) the original attack, POSTs with no token declaring 64 KB
 * and sending one byte, opened {@code --wave} at a time; (b) the same with a refused bearer token; (c) twice the
 * connection cap of authenticated stalled POSTs held open together; (d) real candidacy assessments, each answered id
 * read back, then bin/verify-audit; (e) the JVM the same process throughout, its log free of OutOfMemoryError and
 * stack traces. Liveness ({@code /q/health/live} on the management port) is polled every 200 ms during (a) to (c).
 *
 * <p>Safety: the target must be loopback (127.0.0.0/8 or localhost, checked after resolving).
 */
public final class AttackProbe {

    private static final int CONNECT_TIMEOUT_MS = 3_000;

    public static void main(String[] args) throws Exception {
        int exit;
        try {
            exit = new AttackProbe(Config.parse(args)).run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("attack-probe: " + e.getMessage());
            exit = 3;
        }
        System.exit(exit);
    }

    // ------------------------------------------------------------------------------------------------ configuration

    static final class Config {
        String host = "127.0.0.1";
        int port;
        int managementPort = 9000;
        long servicePid = -1;
        String token = Optional.ofNullable(System.getenv("PROBE_TOKEN")).orElse(""); // not on the command line
        Path serviceLog;
        Path dataDir;
        Path headFile;
        Path out = Path.of("target/attack-probe/report.txt");
        Path body = Path.of(
                "src/test/resources/rules/selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");
        String verifyAudit = "bin/verify-audit";
        int attackConnections = 7_000;
        int refusedConnections = 2_000;
        int wave = 200;
        int stalledConnections = 512;
        int assessments = 300;
        int assessConcurrency = 64;
        double waitReadySeconds = 180;

        static Config parse(String[] args) {
            Config c = new Config();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                if (v == null) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                i++;
                switch (a) {
                    case "--host" -> c.host = v;
                    case "--port" -> c.port = (int) range(v, 1, 65535, a);
                    case "--management-port" -> c.managementPort = (int) range(v, 1, 65535, a);
                    case "--service-pid" -> c.servicePid = Long.parseLong(v);
                    case "--service-log" -> c.serviceLog = Path.of(v);
                    case "--data-dir" -> c.dataDir = Path.of(v);
                    case "--head-file" -> c.headFile = Path.of(v);
                    case "--out" -> c.out = Path.of(v);
                    case "--body" -> c.body = Path.of(v);
                    case "--verify-audit" -> c.verifyAudit = v;
                    case "--attack-connections" -> c.attackConnections = (int) range(v, 0, 100_000, a);
                    case "--refused-connections" -> c.refusedConnections = (int) range(v, 0, 100_000, a);
                    case "--wave" -> c.wave = (int) range(v, 1, 250, a);
                    case "--stalled-connections" -> c.stalledConnections = (int) range(v, 0, 2_000, a);
                    case "--assessments" -> c.assessments = (int) range(v, 0, 10_000, a);
                    case "--assess-concurrency" -> c.assessConcurrency = (int) range(v, 1, 250, a);
                    case "--wait-ready" -> c.waitReadySeconds = range(v, 0, 900, a);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (c.port == 0) {
                throw new IllegalArgumentException("--port is required");
            }
            return c;
        }

        private static double range(String text, double min, double max, String option) {
            double d = Double.parseDouble(text);
            if (!(d >= min && d <= max)) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
            }
            return d;
        }
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    /** One answer read off a socket: status -1 when none came. */
    record Answer(int status, String contentType, String body, long nanosToStatus, boolean closedAfter, String error) {}

    private final Config config;
    private final InetAddress address;
    private final StringBuilder report = new StringBuilder();
    private final List<String> problems = new ArrayList<>();

    AttackProbe(Config config) throws IOException {
        this.config = config;
        this.address = InetAddress.getByName(config.host);
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing " + config.host + ": only loopback targets may be probed");
        }
    }

    private Socket connect(int port, int readTimeoutMs) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(readTimeoutMs);
        socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MS);
        return socket;
    }

    private String head(String method, String path, String token, int contentLength) {
        StringBuilder h = new StringBuilder();
        h.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        h.append("Host: ").append(config.host).append(':').append(config.port).append("\r\n");
        h.append("Accept: application/json\r\n");
        h.append("User-Agent: idds-attack-probe\r\n");
        if (token != null && !token.isEmpty()) {
            h.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (contentLength >= 0) {
            h.append("Content-Type: application/json\r\n");
            h.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        return h.append("\r\n").toString();
    }

    /**
     * Reads one response (status line, headers, a Content-Length body) and then whether the server closes the
     * connection within closeWaitMs. The socket's own timeout bounds the wait for the status line.
     */
    private static Answer read(Socket socket, long sentAt, int closeWaitMs) {
        try {
            InputStream in = socket.getInputStream();
            String status = line(in);
            long toStatus = System.nanoTime() - sentAt;
            if (status == null) {
                return new Answer(-1, "", "", toStatus, true, "closed without an answer");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            String contentType = "";
            int length = 0;
            boolean chunked = false;
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-type" -> contentType = value;
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = true;
                    default -> {}
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (String size = line(in); size != null; size = line(in)) {
                    int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                    if (n == 0) {
                        line(in);
                        break;
                    }
                    body.write(in.readNBytes(n));
                    line(in);
                }
            } else {
                body.write(in.readNBytes(length));
            }
            boolean closed = false;
            if (closeWaitMs > 0) {
                socket.setSoTimeout(closeWaitMs);
                try {
                    closed = in.read() < 0;
                } catch (SocketTimeoutException e) {
                    closed = false;
                } catch (IOException e) {
                    closed = true; // reset
                }
            }
            return new Answer(code, contentType, body.toString(StandardCharsets.UTF_8), toStatus, closed, "");
        } catch (SocketTimeoutException e) {
            return new Answer(-1, "", "", System.nanoTime() - sentAt, false, "no answer");
        } catch (IOException | RuntimeException e) {
            return new Answer(
                    -1,
                    "",
                    "",
                    System.nanoTime() - sentAt,
                    true,
                    "reset: " + e.getClass().getSimpleName());
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        for (int c = in.read(); ; c = in.read()) {
            if (c < 0) {
                if (b.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed mid-line");
            }
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
            if (b.size() > 16_384) {
                throw new IOException("line too long");
            }
        }
    }

    /** A complete request on a fresh connection; status -1 on failure. */
    private Answer exchange(int port, String method, String path, String token, byte[] body, int timeoutMs) {
        long sent = System.nanoTime();
        try (Socket socket = connect(port, timeoutMs)) {
            OutputStream out = socket.getOutputStream();
            String h = head(method, path, token, body == null ? -1 : body.length);
            out.write(h.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            sent = System.nanoTime();
            return read(socket, sent, 0);
        } catch (IOException e) {
            return new Answer(
                    -1,
                    "",
                    "",
                    System.nanoTime() - sent,
                    true,
                    "connect: " + e.getClass().getSimpleName());
        }
    }

    // ------------------------------------------------------------------------------------------------ liveness

    /** Polls /q/health/live on the management port every 200 ms while running. */
    final class Liveness implements AutoCloseable {
        final AtomicInteger polls = new AtomicInteger();
        final AtomicInteger up = new AtomicInteger();
        final AtomicLong worstNanos = new AtomicLong();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Liveness() {
            thread = new Thread(
                    () -> {
                        while (running.get()) {
                            long start = System.nanoTime();
                            Answer a = exchange(config.managementPort, "GET", "/q/health/live", null, null, 5_000);
                            long took = System.nanoTime() - start;
                            polls.incrementAndGet();
                            worstNanos.accumulateAndGet(took, Math::max);
                            if (a.status() == 200 && a.body().contains("\"UP\"")) {
                                up.incrementAndGet();
                            } else if (failures.size() < 5) {
                                failures.add(a.status() == -1 ? a.error() : "HTTP " + a.status());
                            }
                            long sleep = 200 - TimeUnit.NANOSECONDS.toMillis(took);
                            if (sleep > 0) {
                                try {
                                    Thread.sleep(sleep);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                    },
                    "liveness");
            thread.setDaemon(true);
            thread.start();
        }

        String summary() {
            return String.format(
                    "%d/%d answered UP, worst %.0f ms%s",
                    up.get(),
                    polls.get(),
                    worstNanos.get() / 1e6,
                    failures.isEmpty() ? "" : " (failures: " + failures + ")");
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }
    }

    // ------------------------------------------------------------------------------------------------ phases

    private int run() throws Exception {
        waitReady();
        long startedAt = ProcessHandle.of(config.servicePid)
                .flatMap(p -> p.info().startInstant())
                .map(Instant::toEpochMilli)
                .orElse(-1L);
        line("IDDS attack probe, %s", Instant.now());
        line(
                "target: http://%s:%d (management port %d), service pid %d",
                config.host, config.port, config.managementPort, config.servicePid);
        line("machine: %d cores, load average at start %s", Runtime.getRuntime().availableProcessors(), loadAverage());
        line("service memory before: %s", memory());
        line("");

        attack("a. no token", config.attackConnections, null, 240);
        attack("b. refused token", config.refusedConnections, "eyJhbGciOiJSUzI1NiJ9.Z2FyYmFnZQ.Z2FyYmFnZQ", 120);
        stalled();
        nothingLost();
        jvmAndLog(startedAt);

        line("");
        line("load average at end: %s", loadAverage());
        line(problems.isEmpty() ? "RESULT: no problem found" : "RESULT: problems: " + problems);
        Files.createDirectories(config.out.toAbsolutePath().getParent());
        Files.writeString(config.out, report.toString());
        return problems.isEmpty() ? 0 : 1;
    }

    private void waitReady() throws InterruptedException {
        long deadline = System.nanoTime() + (long) (config.waitReadySeconds * 1e9);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException("the service (pid " + config.servicePid + ") exited before ready");
            }
            Answer a = exchange(config.managementPort, "GET", "/q/health/ready", null, null, 5_000);
            if (a.status() == 200) {
                return;
            }
            last = a.status() == -1 ? a.error() : "HTTP " + a.status();
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "not ready on the management port after " + config.waitReadySeconds + " s: " + last);
    }

    /** Phases a and b: each connection declares 64 KB, sends one byte, then nothing; {@code --wave} at a time. */
    private void attack(String name, int connections, String token, int boundSeconds) throws Exception {
        if (connections == 0) {
            return;
        }
        String head = head("POST", "/api/v1/candidacy-assessments", token, 65_536);
        byte[] request = (head + "{").getBytes(StandardCharsets.ISO_8859_1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> toAnswer = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> toClose = new ConcurrentLinkedQueue<>();
        long rejectedBefore = rejectedAtCap();
        long phaseStart = System.nanoTime();
        long deadline = phaseStart + TimeUnit.SECONDS.toNanos(boundSeconds);
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(config.wave);
        try (Liveness live = new Liveness()) {
            for (int i = 0; i < connections; i++) {
                pool.execute(() -> {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                    started.incrementAndGet();
                    String outcome;
                    long sent = System.nanoTime();
                    try (Socket socket = connect(config.port, 15_000)) {
                        socket.getOutputStream().write(request);
                        socket.getOutputStream().flush();
                        sent = System.nanoTime();
                        Answer a = read(socket, sent, 2_000);
                        if (a.status() == 401) {
                            toAnswer.add(a.nanosToStatus());
                            boolean problem = a.contentType().startsWith("application/problem+json");
                            outcome = "401" + (problem ? " problem+json" : " " + a.contentType())
                                    + (a.closedAfter() ? ", closed" : ", left open");
                        } else if (a.status() > 0) {
                            outcome = "HTTP " + a.status() + " " + a.contentType();
                        } else {
                            outcome = a.error();
                            if (!outcome.equals("no answer")) {
                                toClose.add(a.nanosToStatus());
                            }
                        }
                    } catch (ConnectException e) {
                        outcome = "connect refused";
                    } catch (IOException e) {
                        outcome = "reset while sending: " + e.getClass().getSimpleName();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(boundSeconds + 30L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                problems.add(name + ": not finished within its bound");
            }
            live.close();
            double seconds = (System.nanoTime() - phaseStart) / 1e9;
            line(
                    "Phase %s: %d connections (%d started within the %d s bound), %d at a time, POST "
                            + "/api/v1/candidacy-assessments, Content-Length 65536, 1 byte sent, then nothing; %.1f s",
                    name, connections, started.get(), boundSeconds, config.wave, seconds);
            new TreeMap<>(outcomes).forEach((k, v) -> line("  %-45s %d", k, v.get()));
            line("  time to the 401: %s", percentiles(toAnswer));
            line("  rejected at the connection cap, per the service log: %d", rejectedAtCap() - rejectedBefore);
            if (!toClose.isEmpty()) {
                line("  time to the close without an answer: %s", percentiles(toClose));
            }
            line("  liveness during: %s", live.summary());
            line("  service memory after: %s", memory());
            // A connection closed unanswered (the connection cap refusing it) is not held: only connections left
            // open, unanswered, or answered otherwise are problems.
            outcomes.forEach((k, v) -> {
                if (!k.equals("401 problem+json, closed") && !k.equals("closed without an answer")) {
                    problems.add(name + ": " + v.get() + " x " + k);
                }
            });
            liveProblems(name, live);
        }
        line("");
    }

    /** Phase c: 2 x the cap of authenticated stalled POSTs, held open together until the server ends them. */
    private void stalled() throws Exception {
        int n = config.stalledConnections;
        if (n == 0) {
            return;
        }
        byte[] request = (head("POST", "/api/v1/candidacy-assessments", config.token, 4_096) + "{")
                .getBytes(StandardCharsets.ISO_8859_1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> to408 = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> toClose = new ConcurrentLinkedQueue<>();
        AtomicLong lastEnded = new AtomicLong();
        CountDownLatch done = new CountDownLatch(n);
        long rejectedBefore = rejectedAtCap();
        long phaseStart = System.nanoTime();
        List<String> duringHold = Collections.synchronizedList(new ArrayList<>());
        try (Liveness live = new Liveness()) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Thread t = new Thread(
                        null,
                        () -> {
                            String outcome;
                            long sent = System.nanoTime();
                            try (Socket socket = connect(config.port, 30_000)) {
                                socket.getOutputStream().write(request);
                                socket.getOutputStream().flush();
                                sent = System.nanoTime();
                                Answer a = read(socket, sent, 2_000);
                                if (a.status() == 408) {
                                    to408.add(a.nanosToStatus());
                                    boolean problem = a.contentType().startsWith("application/problem+json");
                                    outcome = "accepted, 408" + (problem ? " problem+json" : " " + a.contentType())
                                            + (a.closedAfter() ? ", closed" : ", left open");
                                } else if (a.status() > 0) {
                                    outcome = "accepted, HTTP " + a.status() + " " + a.contentType();
                                } else if (a.error().equals("no answer")) {
                                    outcome = "no answer within 30 s";
                                } else {
                                    toClose.add(a.nanosToStatus());
                                    outcome = "closed at the cap (" + a.error() + ")";
                                }
                            } catch (ConnectException e) {
                                outcome = "connect refused";
                            } catch (IOException e) {
                                toClose.add(System.nanoTime() - sent);
                                outcome = "closed at the cap (reset while sending)";
                            }
                            outcomes.computeIfAbsent(outcome, k -> new AtomicInteger())
                                    .incrementAndGet();
                            lastEnded.accumulateAndGet(System.nanoTime(), Math::max);
                            done.countDown();
                        },
                        "stalled-" + i,
                        256 * 1024);
                t.setDaemon(true);
                threads.add(t);
            }
            threads.forEach(Thread::start);
            // While they are held: does the API answer a token's GET? (Expected: not while the cap is full.)
            Thread.sleep(3_000);
            for (int i = 0; i < 3; i++) {
                Answer a = exchange(config.port, "GET", "/api/v1/ruleset", config.token, null, 3_000);
                duringHold.add(a.status() == -1 ? a.error() : "HTTP " + a.status());
                Thread.sleep(1_000);
            }
            boolean finished = done.await(45, TimeUnit.SECONDS);
            if (!finished) {
                problems.add("c: stalled connections not ended within 45 s");
            }
            long ended = lastEnded.get();
            // Time until GET /api/v1/ruleset with a token answers 200 again, after the last stalled connection ended.
            long recovered = -1;
            String lastFailure = "";
            long recoveryDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < recoveryDeadline) {
                Answer a = exchange(config.port, "GET", "/api/v1/ruleset", config.token, null, 3_000);
                if (a.status() == 200) {
                    recovered = System.nanoTime();
                    break;
                }
                lastFailure = a.status() == -1 ? a.error() : "HTTP " + a.status();
                Thread.sleep(50);
            }
            live.close();
            line(
                    "Phase c. authenticated stalled: %d connections at once (max-connections is 256), POST "
                            + "/api/v1/candidacy-assessments with a valid token, Content-Length 4096, 1 byte sent, then "
                            + "nothing; %.1f s",
                    n, (System.nanoTime() - phaseStart) / 1e9);
            new TreeMap<>(outcomes).forEach((k, v) -> line("  %-45s %d", k, v.get()));
            line("  time to the 408: %s", percentiles(to408));
            line("  time to the close at the cap: %s", percentiles(toClose));
            line(
                    "  rejected at the connection cap, per the service log: %d (includes the GETs below)",
                    rejectedAtCap() - rejectedBefore);
            line("  GET /api/v1/ruleset while held (3 s, 4 s, 5 s in): %s", duringHold);
            line("  liveness during: %s", live.summary());
            if (recovered > 0) {
                line(
                        "  API answered GET /api/v1/ruleset 200 again %.0f ms after the last stalled connection ended "
                                + "(%.1f s after the attack began)",
                        Math.max(0, recovered - ended) / 1e6, (recovered - phaseStart) / 1e9);
            } else {
                line("  API did NOT answer 200 within 30 s after the stalled connections ended (%s)", lastFailure);
                problems.add("c: API not answering after the stalled connections ended: " + lastFailure);
            }
            line("  service memory after: %s", memory());
            outcomes.keySet().stream()
                    .filter(k -> k.contains("HTTP 5") || k.startsWith("no answer"))
                    .forEach(k -> problems.add("c: " + outcomes.get(k) + " x " + k));
            liveProblems("c", live);
        }
        line("");
    }

    private static final Pattern ID = Pattern.compile("\"assessmentId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** Phase d: real assessments concurrently; every answered id read back; the audit chain verified. */
    private void nothingLost() throws Exception {
        int n = config.assessments;
        if (n == 0) {
            return;
        }
        byte[] body = Files.readAllBytes(config.body);
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(config.assessConcurrency);
        for (int i = 0; i < n; i++) {
            pool.execute(() -> {
                long t = System.nanoTime();
                Answer a = exchange(config.port, "POST", "/api/v1/candidacy-assessments", config.token, body, 30_000);
                String key = a.status() == -1 ? a.error() : "HTTP " + a.status();
                statuses.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                if (a.status() == 200) {
                    latencies.add(System.nanoTime() - t);
                    Matcher m = ID.matcher(a.body());
                    if (m.find()) {
                        ids.add(m.group(1));
                    } else {
                        statuses.computeIfAbsent("200 without assessmentId", k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(180, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            problems.add("d: assessments not finished within 180 s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> distinct = ids.stream().distinct().toList();
        // Read every answered id back (as mdt-clinician), 16 at a time.
        AtomicInteger readBack = new AtomicInteger();
        Map<String, AtomicInteger> readFailures = new ConcurrentHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(16);
        for (String id : distinct) {
            readers.execute(() -> {
                Answer a = exchange(config.port, "GET", "/api/v1/assessments/" + id, config.token, null, 10_000);
                if (a.status() == 200 && a.body().contains(id)) {
                    readBack.incrementAndGet();
                } else {
                    readFailures
                            .computeIfAbsent(
                                    a.status() == -1 ? a.error() : "HTTP " + a.status(), k -> new AtomicInteger())
                            .incrementAndGet();
                }
            });
        }
        readers.shutdown();
        readers.awaitTermination(120, TimeUnit.SECONDS);
        line(
                "Phase d. nothing lost: %d candidacy assessments (seed case 2), %d concurrent connections; %.1f s",
                n, config.assessConcurrency, seconds);
        new TreeMap<>(statuses).forEach((k, v) -> line("  %-45s %d", k, v.get()));
        line("  latency of the 200s: %s", percentiles(latencies));
        line(
                "  distinct assessmentIds answered: %d; read back 200 via GET /api/v1/assessments/{id}: %d%s",
                distinct.size(), readBack.get(), readFailures.isEmpty() ? "" : " (failures: " + readFailures + ")");
        if (readBack.get() != distinct.size() || distinct.size() != ids.size()) {
            problems.add("d: answered ids not all readable (or duplicated)");
        }
        statuses.keySet().stream()
                .filter(k -> !k.equals("HTTP 200"))
                .forEach(k -> problems.add("d: " + statuses.get(k) + " x " + k));
        verifyAudit();
        line("  service memory after: %s", memory());
        line("");
    }

    private void verifyAudit() throws Exception {
        if (config.dataDir == null) {
            line("  bin/verify-audit: not run (no --data-dir)");
            return;
        }
        List<String> command = new ArrayList<>(List.of(config.verifyAudit, "--data-dir", config.dataDir.toString()));
        if (config.headFile != null) {
            command.addAll(List.of("--head-file", config.headFile.toString()));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean exited = p.waitFor(120, TimeUnit.SECONDS);
        int code = exited ? p.exitValue() : -1;
        if (!exited) {
            p.destroyForcibly();
        }
        line("  %s: exit code %d", String.join(" ", command), code);
        output.lines().filter(l -> !l.isBlank()).limit(12).forEach(l -> line("    | %s", l));
        if (code != 0) {
            problems.add("d: bin/verify-audit exit code " + code);
        }
    }

    /** Phase e: the same JVM throughout; the service log free of OutOfMemoryError and stack traces. */
    private void jvmAndLog(long startedAt) throws IOException {
        long now = ProcessHandle.of(config.servicePid)
                .flatMap(p -> p.info().startInstant())
                .map(Instant::toEpochMilli)
                .orElse(-2L);
        boolean same = alive() && now == startedAt;
        line("Phase e. the JVM and its log");
        line("  service pid %d alive and the same process (start time unchanged): %s", config.servicePid, same);
        if (!same) {
            problems.add("e: the service JVM is not the same live process");
        }
        if (config.serviceLog == null || !Files.exists(config.serviceLog)) {
            line("  no service log given");
            return;
        }
        List<String> log = Files.readAllLines(config.serviceLog, StandardCharsets.UTF_8);
        long oom = log.stream().filter(l -> l.contains("OutOfMemoryError")).count();
        long traces = log.stream()
                .filter(l -> l.startsWith("\tat ") || l.startsWith("        at ") || l.matches("^\\s+at [\\w.$]+\\(.*"))
                .count();
        Map<String, Integer> errors = new LinkedHashMap<>();
        Map<String, Integer> warnings = new LinkedHashMap<>();
        Pattern level = Pattern.compile("\\b(ERROR|WARN)\\s+\\[([^\\]]*)\\]\\s*(?:\\([^)]*\\))?\\s*(.*)");
        for (String l : log) {
            Matcher m = level.matcher(l);
            if (m.find()) {
                String message = m.group(2) + ": " + m.group(3).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>");
                message = message.length() > 160 ? message.substring(0, 160) + "..." : message;
                if (m.group(1).equals("ERROR")) {
                    errors.merge(message, 1, Integer::sum);
                } else {
                    warnings.merge(m.group(2), 1, Integer::sum); // by logger: Drools repeats one warning per file
                }
            }
        }
        line(
                "  service log %s: %d lines, OutOfMemoryError %d, stack-trace lines %d, ERROR lines %d, WARN lines %d",
                config.serviceLog,
                log.size(),
                oom,
                traces,
                errors.values().stream().mapToInt(Integer::intValue).sum(),
                warnings.values().stream().mapToInt(Integer::intValue).sum());
        errors.forEach((k, v) -> line("    ERROR x%d %s", v, k));
        warnings.forEach((k, v) -> line("    WARN  x%d from %s", v, k));
        if (oom > 0) {
            problems.add("e: OutOfMemoryError in the service log");
        }
        if (traces > 0) {
            problems.add("e: " + traces + " stack-trace lines in the service log");
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void liveProblems(String phase, Liveness live) {
        if (live.up.get() != live.polls.get() || live.polls.get() == 0) {
            problems.add(phase + ": liveness " + live.summary());
        }
    }

    /** Connections the service rejected at its cap so far (its log at DEBUG for io.quarkus.vertx.http.runtime). */
    private long rejectedAtCap() {
        if (config.serviceLog == null) {
            return -1;
        }
        try (var lines = Files.lines(config.serviceLog, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("Rejecting connection as there are too many active connections"))
                    .count();
        } catch (IOException e) {
            return -1;
        }
    }

    private boolean alive() {
        return config.servicePid <= 0
                || ProcessHandle.of(config.servicePid)
                        .map(ProcessHandle::isAlive)
                        .orElse(false);
    }

    private String memory() {
        if (config.servicePid <= 0) {
            return "unknown (no pid)";
        }
        String rss = "?";
        try {
            rss = Files.readAllLines(Path.of("/proc/" + config.servicePid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring(6).trim())
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            rss = "unreadable (" + e.getClass().getSimpleName() + ")";
        }
        return "RSS " + rss + ", heap " + heap().orElse("unknown (no jcmd)");
    }

    private Optional<String> heap() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(config.servicePid), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            Matcher m =
                    Pattern.compile("heap\\s+total\\s+(\\d+)K, used (\\d+)K").matcher(out);
            if (m.find()) {
                return Optional.of(String.format(
                        "used %d MB of %d MB committed",
                        Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024));
            }
            return Optional.of("jcmd: "
                    + out.lines().skip(1).findFirst().orElse("no output").trim());
        } catch (IOException | InterruptedException e) {
            return Optional.of("jcmd failed: " + e.getClass().getSimpleName());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String percentiles(ConcurrentLinkedQueue<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (v.length == 0) {
            return "none";
        }
        return String.format(
                "n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                v.length, at(v, 0.50) / 1e6, at(v, 0.99) / 1e6, v[v.length - 1] / 1e6);
    }

    private static long at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private void line(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }
}
