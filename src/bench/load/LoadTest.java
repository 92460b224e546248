import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * HTTP load generator for the IDDS service; JDK only, run with the source launcher by bin/load-test.
 *
 * <p>Plain blocking sockets speaking HTTP/1.1 with keep-alive, one thread per connection, so the generator costs little
 * CPU next to the service on a 2-core machine and the connection count is exact. Phase 1 is closed-loop (each
 * connection sends its next request when the previous answer is in) for a trivial endpoint, the candidacy assessment,
 * the prescription check and the composed MDT case, each reported as a ratio to the trivial endpoint of the same run;
 * phase 2 is open-loop at a fixed arrival rate (half the measured candidacy throughput) with latency taken
 * from each request's intended send time, so a stalled server cannot hide its stall (no coordinated omission).
 *
 * <p>Safety: the target must be loopback (127.0.0.0/8, localhost or [::1]); every loop is bounded in time and in
 * request count.
 */
public final class LoadTest {

    private static final int CONNECT_TIMEOUT_MS = 3_000;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final int MAX_ERROR_SAMPLES = 5;

    public static void main(String[] args) throws Exception {
        int exit;
        try {
            exit = new LoadTest(Config.parse(args)).run();
        } catch (Failure | IllegalArgumentException e) {
            System.err.println("load-test: " + e.getMessage());
            exit = 3;
        }
        System.exit(exit);
    }

    // ------------------------------------------------------------------------------------------------ configuration

    static final class Config {
        String url;
        boolean smoke;
        int connections = 32;
        // The JIT needs this long on 2 cores: after 75 s it still used 14-19 % of the service CPU; after 180 s, 0-1 %
        double warmupSeconds = 180;
        double durationSeconds = 15;
        double openSeconds = 15;
        double openRate = 0; // 0: half the measured candidacy throughput
        long maxRequestsPerPhase = 2_000_000;
        String trivialPath = "/api/v1/ruleset";
        String assessPath = "/api/v1/candidacy-assessments";
        Path body = Path.of(
                "src/test/resources/rules/selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");
        String prescriptionPath = "/api/v1/prescription-checks";
        Path prescriptionBody = Path.of(
                "src/test/resources/rules/dosing/cases/seed000-case1-at-implant-as-printed-synthetic/request.json");
        String mdtPath = "/api/v1/mdt-cases";
        Path mdtBody = Path.of("src/test/resources/rules/mdt/cases/seed000-case1-at-implant/request.json");
        boolean keepDates; // else the prescription's dates are moved to today (a fill must be within 31 days)
        Path out = Path.of("target/load-report");
        long servicePid = -1; // the service this run started; checked to own the listening socket
        Path databasePidFile; // postmaster.pid of the embedded PostgreSQL (pg_ctl detaches it from the JVM)
        double waitReadySeconds = 0;
        int managementPort = 9000; // health is on the management interface, same host
        int clockTicks = 100;
        String serviceDescription = "already running service (not started by this run)";
        String authDescription = "";
        boolean failOn4xx;

        static Config parse(String[] args) {
            Config c = new Config();
            boolean smokeDefaults = Arrays.asList(args).contains("--smoke");
            if (smokeDefaults) {
                c.smoke = true;
                c.connections = 4;
                c.warmupSeconds = 1;
                c.durationSeconds = 2;
                c.openSeconds = 2;
                c.out = Path.of("target/load-smoke-report");
            }
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--smoke" -> {}
                    case "--url" -> c.url = value(args, ++i, a);
                    case "--connections" -> // the service accepts at most 256 (quarkus.http.limits.max-connections)
                        c.connections = (int) range(value(args, ++i, a), 1, 256, a);
                    case "--warmup" -> c.warmupSeconds = range(value(args, ++i, a), 0, 300, a);
                    case "--duration" -> c.durationSeconds = range(value(args, ++i, a), 0.5, 600, a);
                    case "--open-duration" -> c.openSeconds = range(value(args, ++i, a), 0.5, 600, a);
                    case "--open-rate" -> c.openRate = range(value(args, ++i, a), 0, 100_000, a);
                    case "--max-requests" ->
                        c.maxRequestsPerPhase = (long) range(value(args, ++i, a), 1, 10_000_000, a);
                    case "--trivial-path" -> c.trivialPath = path(value(args, ++i, a));
                    case "--assess-path" -> c.assessPath = path(value(args, ++i, a));
                    case "--body" -> c.body = Path.of(value(args, ++i, a));
                    case "--prescription-body" -> c.prescriptionBody = Path.of(value(args, ++i, a));
                    case "--mdt-body" -> c.mdtBody = Path.of(value(args, ++i, a));
                    case "--keep-dates" -> c.keepDates = true;
                    case "--out" -> c.out = Path.of(value(args, ++i, a));
                    case "--service-pid" -> c.servicePid = Long.parseLong(value(args, ++i, a));
                    case "--database-pid-file" -> c.databasePidFile = Path.of(value(args, ++i, a));
                    case "--wait-ready" -> c.waitReadySeconds = range(value(args, ++i, a), 0, 900, a);
                    case "--management-port" -> c.managementPort = (int) range(value(args, ++i, a), 1, 65535, a);
                    case "--clock-ticks" -> c.clockTicks = (int) range(value(args, ++i, a), 1, 10_000, a);
                    case "--service-description" -> c.serviceDescription = value(args, ++i, a);
                    case "--auth-description" -> c.authDescription = value(args, ++i, a);
                    case "--fail-on-4xx" -> c.failOn4xx = true;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (c.url == null) {
                throw new IllegalArgumentException("--url is required");
            }
            return c;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static double range(String text, double min, double max, String option) {
            double v = Double.parseDouble(text);
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException(option + " must be between " + plain(min) + " and " + plain(max));
            }
            return v;
        }

        private static String plain(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }

        private static String path(String p) {
            if (!p.startsWith("/") || p.chars().anyMatch(ch -> ch <= ' ')) {
                throw new IllegalArgumentException("a path must start with / and contain no spaces: " + p);
            }
            return p;
        }
    }

    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------------------------------------ target

    /** A loopback HTTP target. Names other than localhost are refused without being resolved. */
    record Target(InetAddress address, int port, String hostHeader, String base) {

        static Target of(String url) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new Failure("not a URL: " + url);
            }
            if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new Failure("only http://host:port URLs are supported: " + url);
            }
            if ((uri.getRawPath() != null
                            && !uri.getRawPath().isEmpty()
                            && !uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null
                    || uri.getUserInfo() != null) {
                throw new Failure("give the service root only (http://127.0.0.1:8080), not a path: " + url);
            }
            String host = uri.getHost();
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (!isLoopbackLiteral(bare) && !bare.equalsIgnoreCase("localhost")) {
                throw new Failure("refusing target " + host
                        + ": only loopback (127.0.0.0/8, localhost, [::1]) may be load-tested");
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(bare);
            } catch (IOException e) {
                throw new Failure("cannot resolve " + host);
            }
            if (!address.isLoopbackAddress()) {
                throw new Failure(
                        "refusing target " + host + ": it resolves to " + address.getHostAddress() + ", not loopback");
            }
            int port = uri.getPort() == -1 ? 80 : uri.getPort();
            return new Target(address, port, host + ":" + port, "http://" + host + ":" + port);
        }

        private static boolean isLoopbackLiteral(String host) {
            if (host.equals("::1") || host.equalsIgnoreCase("0:0:0:0:0:0:0:1")) {
                return true;
            }
            String[] octets = host.split("\\.", -1);
            if (octets.length != 4 || !octets[0].equals("127")) {
                return false;
            }
            for (String o : octets) {
                if (!o.matches("\\d{1,3}") || Integer.parseInt(o) > 255) {
                    return false;
                }
            }
            return true;
        }
    }

    // ------------------------------------------------------------------------------------------------ HTTP/1.1

    /** One keep-alive connection. Reads each response completely (Content-Length or chunked) through its own buffer. */
    static final class Conn implements Closeable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private boolean closeAfter;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int lastBodyLength;
        byte[] lastBodyStart = new byte[0];

        Conn(Target target) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.connect(new InetSocketAddress(target.address(), target.port()), CONNECT_TIMEOUT_MS);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        boolean reusable() {
            return !closeAfter && !socket.isClosed();
        }

        int exchange(byte[] request) throws IOException {
            if (position < limit) {
                throw new IOException("the server sent " + (limit - position) + " bytes nobody asked for");
            }
            out.write(request);
            out.flush();
            String status = readLine();
            if (!status.startsWith("HTTP/1.") || status.length() < 12) {
                throw new IOException("not an HTTP response: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            closeAfter = status.startsWith("HTTP/1.0");
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            ByteArrayOutputStream start = code != 200 ? new ByteArrayOutputStream() : null;
            long read;
            if (chunked) {
                read = 0;
                while (true) {
                    String size = readLine();
                    int semi = size.indexOf(';');
                    long chunk = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                    if (chunk == 0) {
                        while (!readLine().isEmpty()) {
                            // trailers
                        }
                        break;
                    }
                    read += skip(chunk, start);
                    readLine();
                }
            } else if (length >= 0) {
                read = skip(length, start);
            } else {
                closeAfter = true; // the body ends with the connection
                read = skip(Long.MAX_VALUE, start);
            }
            lastBodyLength = (int) Math.min(Integer.MAX_VALUE, read);
            if (start != null) {
                lastBodyStart = start.toByteArray();
            }
            if (closeAfter) {
                close();
            }
            return code;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        }

        /** Consumes n body bytes (to the end of the stream if n is Long.MAX_VALUE), keeping the first 300 if asked. */
        private long skip(long n, ByteArrayOutputStream keep) throws IOException {
            long done = 0;
            while (done < n) {
                if (position == limit && !fill()) {
                    if (n == Long.MAX_VALUE) {
                        return done;
                    }
                    throw new EOFException("connection closed after " + done + " of " + n + " body bytes");
                }
                int take = (int) Math.min(limit - position, n - done);
                if (keep != null && keep.size() < 300) {
                    keep.write(buffer, position, Math.min(take, 300 - keep.size()));
                }
                position += take;
                done += take;
            }
            return done;
        }

        private String readLine() throws IOException {
            line.reset();
            while (true) {
                if (position == limit && !fill()) {
                    throw new EOFException("connection closed by the server");
                }
                int from = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                line.write(buffer, from, position - from);
                if (line.size() > 16 * 1024) {
                    throw new IOException("header line too long");
                }
                if (position < limit) { // found the newline
                    position++;
                    String text = line.toString(StandardCharsets.ISO_8859_1);
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    static byte[] request(Target target, String method, String path, byte[] body, String token) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(target.hostHeader()).append("\r\n");
        head.append("Accept: application/json\r\n");
        head.append("User-Agent: idds-load-test\r\n");
        if (token != null && !token.isEmpty()) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\n");
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return h;
        }
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    // ------------------------------------------------------------------------------------------------ statistics

    /** Per-worker results, merged after a phase. Latencies (ns) of 200 responses only. */
    static final class Recorder {
        long[] latencies = new long[4096];
        int count;
        long ok;
        long ioErrors;
        long maxSendLagNs;
        int lastBodyLength;
        final Map<Integer, Long> statuses = new TreeMap<>();

        void ok(long latencyNs) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latencyNs;
            ok++;
        }
    }

    record PhaseResult(
            String name,
            String method,
            String path,
            String loop,
            int connections,
            double seconds,
            long ok,
            Map<Integer, Long> errorStatuses,
            long ioErrors,
            List<String> errorSamples,
            long[] sortedLatencies,
            double targetRate,
            long maxSendLagNs,
            boolean capped,
            int bodyBytes,
            Cpu cpu,
            long notSent) {

        double throughput() {
            return ok / seconds;
        }

        long errors() {
            return ioErrors
                    + errorStatuses.values().stream().mapToLong(Long::longValue).sum();
        }

        long serverErrors() {
            return ioErrors
                    + errorStatuses.entrySet().stream()
                            .filter(e -> e.getKey() >= 500)
                            .mapToLong(Map.Entry::getValue)
                            .sum();
        }

        long clientErrors() {
            return errorStatuses.entrySet().stream()
                    .filter(e -> e.getKey() < 500)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        double percentileMs(double p) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedLatencies.length) - 1;
            return sortedLatencies[Math.max(0, Math.min(sortedLatencies.length - 1, index))] / 1e6;
        }

        double maxMs() {
            return sortedLatencies.length == 0 ? Double.NaN : sortedLatencies[sortedLatencies.length - 1] / 1e6;
        }
    }

    /** CPU seconds spent during a phase by the service JVM, the database (its processes) and this generator. */
    record Cpu(
            double serviceJvm,
            double jit,
            double gc,
            double database,
            double generator,
            double machine,
            boolean serviceKnown) {

        /** CPU seconds used by processes that are neither the service, its database nor this generator. */
        double others() {
            return Math.max(0, machine - serviceJvm - database - generator);
        }
    }

    // ------------------------------------------------------------------------------------------------ the run

    private final Config config;
    private final Target target;
    private final String token;
    private String loadAverageAtStart = "unknown";
    private final Map<String, Long> errorSamples = new LinkedHashMap<>();

    LoadTest(Config config) {
        this.config = config;
        this.target = Target.of(config.url);
        String t = System.getenv("TOKEN");
        this.token = t == null ? "" : t.trim();
    }

    /** A POST endpoint measured closed loop like the candidacy: its phase name, path and request. */
    record Assessed(String name, String path, Path bodyFile, byte[] request) {}

    int run() throws Exception {
        loadAverageAtStart = loadAverage();
        byte[] body = Files.readAllBytes(config.body);
        byte[] prescriptionBody = datedToday(Files.readAllBytes(config.prescriptionBody));
        byte[] mdtBody = datedToday(Files.readAllBytes(config.mdtBody));
        if (config.waitReadySeconds > 0) {
            waitReady();
        }
        if (config.servicePid > 0) {
            checkListenerOwnedBy(config.servicePid);
        }
        byte[] trivial = request(target, "GET", config.trivialPath, null, token);
        byte[] assess = request(target, "POST", config.assessPath, body, token);
        List<Assessed> others = List.of(
                new Assessed(
                        PRESCRIPTION,
                        config.prescriptionPath,
                        config.prescriptionBody,
                        request(target, "POST", config.prescriptionPath, prescriptionBody, token)),
                new Assessed(
                        MDT, config.mdtPath, config.mdtBody, request(target, "POST", config.mdtPath, mdtBody, token)));
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

        log(
                "warm-up %.0f s: GET %s, POST %s, POST %s, POST %s, %d connections",
                config.warmupSeconds,
                config.trivialPath,
                config.assessPath,
                config.prescriptionPath,
                config.mdtPath,
                config.connections);
        List<PhaseResult> warmups = new ArrayList<>();
        warmups.add(closedLoop("warm-up trivial", "GET", config.trivialPath, trivial, config.warmupSeconds / 5));
        warmups.add(closedLoop("warm-up candidacy", "POST", config.assessPath, assess, config.warmupSeconds * 2 / 5));
        for (Assessed a : others) {
            warmups.add(closedLoop("warm-up " + a.name(), "POST", a.path(), a.request(), config.warmupSeconds / 5));
        }
        warmups.removeIf(w -> w == null);
        warmups.stream().filter(w -> w.errors() > 0).forEach(w -> log("%s", line(w)));

        PhaseResult trivialResult = closedLoop("trivial", "GET", config.trivialPath, trivial, config.durationSeconds);
        log("%s", line(trivialResult));
        PhaseResult assessResult = closedLoop("candidacy", "POST", config.assessPath, assess, config.durationSeconds);
        log("%s", line(assessResult));
        List<PhaseResult> otherResults = new ArrayList<>();
        for (Assessed a : others) {
            PhaseResult r = closedLoop(a.name(), "POST", a.path(), a.request(), config.durationSeconds);
            log("%s", line(r));
            otherResults.add(r);
        }
        double rate = config.openRate > 0 ? config.openRate : assessResult.throughput() / 2;
        PhaseResult openResult;
        if (rate < 0.5) {
            log("no open-loop phase: candidacy throughput %.1f req/s is too low to halve", assessResult.throughput());
            openResult = null;
        } else {
            java.util.Optional<Metrics> before = scrapeMetrics();
            openResult =
                    openLoop("candidacy at half load", "POST", config.assessPath, assess, rate, config.openSeconds);
            log("%s", line(openResult));
            halfLoadInside = before.flatMap(b -> scrapeMetrics().map(a -> a.minus(b)));
        }

        String report = textReport(when, warmups, trivialResult, assessResult, otherResults, openResult);
        Files.createDirectories(config.out.toAbsolutePath().getParent());
        Path txt = Path.of(config.out + ".txt");
        Path json = Path.of(config.out + ".json");
        Files.writeString(txt, report);
        Files.writeString(json, jsonReport(when, trivialResult, assessResult, otherResults, openResult));
        System.out.println();
        System.out.print(report);
        System.out.println("Written: " + txt + " and " + json);

        List<PhaseResult> all = new ArrayList<>(warmups);
        all.addAll(List.of(trivialResult, assessResult));
        all.addAll(otherResults);
        if (openResult != null) {
            all.add(openResult);
        }
        long serverErrors = all.stream().mapToLong(PhaseResult::serverErrors).sum();
        long clientErrors = all.stream().mapToLong(PhaseResult::clientErrors).sum();
        if (serverErrors > 0 || (config.failOn4xx && clientErrors > 0)) {
            System.err.println("load-test: FAILED: " + serverErrors + " server error(s) or connection failure(s)"
                    + (config.failOn4xx ? ", " + clientErrors + " 4xx" : ""));
            return 1;
        }
        if (clientErrors > 0) {
            System.err.println("load-test: WARNING: " + clientErrors + " 4xx response(s); see the report");
        }
        if (all.stream().anyMatch(p -> p.ok() == 0)) {
            System.err.println("load-test: WARNING: a phase had no successful response");
        }
        return 0;
    }

    static final String PRESCRIPTION = "prescription check";
    static final String MDT = "MDT case";

    /** Targets of issue 16, reported beside the measured figures, never gated. */
    static final double TARGET_RATIO = 0.25;

    static final double TARGET_P99_MS = 10;
    static final double TARGET_CPU_MS = 0.35;

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(\"date\"\\s*:\\s*\")\\d{4}-\\d{2}-\\d{2}(\")");

    /**
     * The body with every {@code "date": "yyyy-mm-dd"} set to today (UTC), so a fixture's fill stays inside the window
     * the service accepts (31 days before the check to 366 after); {@code --keep-dates} sends it as it is.
     */
    private byte[] datedToday(byte[] body) {
        if (config.keepDates) {
            return body;
        }
        String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();
        return DATE.matcher(new String(body, StandardCharsets.UTF_8))
                .replaceAll("$1" + today + "$2")
                .getBytes(StandardCharsets.UTF_8);
    }

    private PhaseResult closedLoop(String name, String method, String path, byte[] request, double seconds)
            throws Exception {
        if (seconds <= 0) {
            return null;
        }
        int n = config.connections;
        AtomicLong budget = new AtomicLong(config.maxRequestsPerPhase);
        Recorder[] recorders = new Recorder[n];
        Thread[] threads = new Thread[n];
        CpuSample cpuStart = CpuSample.now(config.servicePid, databasePid(), config.clockTicks);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        for (int w = 0; w < n; w++) {
            Recorder r = recorders[w] = new Recorder();
            threads[w] = new Thread(
                    () -> {
                        Conn conn = null;
                        try {
                            while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
                                long t0 = System.nanoTime();
                                conn = send(conn, request, r, t0);
                            }
                        } finally {
                            if (conn != null) {
                                conn.close();
                            }
                        }
                    },
                    "load-" + name + "-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Cpu cpu = CpuSample.now(config.servicePid, databasePid(), config.clockTicks)
                .minus(cpuStart);
        return merge(name, method, path, "closed", n, elapsed, recorders, 0, budget.get() < 0, cpu, 0);
    }

    /**
     * Requests are due at fixed intervals; a worker takes the next due request, waits for its time and sends it, and its
     * latency counts from when it was due, so time spent queued behind a slow answer is included.
     */
    /** The service's own metrics over the open-loop phase (empty when /q/metrics could not be read). */
    private java.util.Optional<Metrics> halfLoadInside = java.util.Optional.empty();

    private Target management() {
        String host = target.hostHeader().substring(0, target.hostHeader().lastIndexOf(':'));
        return new Target(
                target.address(),
                config.managementPort,
                host + ":" + config.managementPort,
                "http://" + host + ":" + config.managementPort);
    }

    /**
     * The counters and histogram buckets of the service's Prometheus text at /q/metrics (management interface) that
     * say where a request's time goes inside the service: the HTTP server timer of the candidacy endpoint, the audit
     * writer's commits and batch sizes, GC pauses. Read once before and once after the open-loop phase.
     */
    private java.util.Optional<Metrics> scrapeMetrics() {
        Target m = management();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(m.address(), m.port()), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /q/metrics HTTP/1.1\r\nHost: " + m.hostHeader() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = socket.getInputStream().readNBytes(32 * 1024 * 1024);
            String text = new String(all, StandardCharsets.UTF_8);
            int bodyAt = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 200") || bodyAt < 0) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Metrics.parse(text.substring(bodyAt + 4), config.assessPath));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Sums of the samples that matter, by series: cumulative bucket counts of the candidacy's HTTP server timer
     * (status 200) and of the audit commit timer, their counts and sums, the audit batch rows, and GC pause counts and
     * sums over every collector. Chunked transfer encoding, if any, only adds lines that parse as nothing.
     */
    record Metrics(
            TreeMap<Double, Double> serverBuckets,
            double serverCount,
            double serverSum,
            TreeMap<Double, Double> commitBuckets,
            double commitCount,
            double commitSum,
            double batchRows,
            double gcPauses,
            double gcPauseSeconds) {

        static Metrics parse(String text, String assessPath) {
            TreeMap<Double, Double> server = new TreeMap<>();
            TreeMap<Double, Double> commit = new TreeMap<>();
            double[] v = new double[7];
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                double value;
                try {
                    value = Double.parseDouble(line.substring(space + 1).trim());
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    continue;
                }
                String series = line.substring(0, Math.max(space, 0));
                boolean candidacy = series.contains("uri=\"" + assessPath + "\"") && series.contains("status=\"200\"");
                if (series.startsWith("http_server_requests_seconds_bucket{") && candidacy) {
                    server.merge(le(series), value, Double::sum);
                } else if (series.startsWith("http_server_requests_seconds_count{") && candidacy) {
                    v[0] += value;
                } else if (series.startsWith("http_server_requests_seconds_sum{") && candidacy) {
                    v[1] += value;
                } else if (series.startsWith("idds_audit_commit_seconds_bucket{")) {
                    commit.merge(le(series), value, Double::sum);
                } else if (series.startsWith("idds_audit_commit_seconds_count")) {
                    v[2] += value;
                } else if (series.startsWith("idds_audit_commit_seconds_sum")) {
                    v[3] += value;
                } else if (series.startsWith("idds_audit_batch_rows_sum")) {
                    v[4] += value;
                } else if (series.startsWith("jvm_gc_pause_seconds_count")) {
                    v[5] += value;
                } else if (series.startsWith("jvm_gc_pause_seconds_sum")) {
                    v[6] += value;
                }
            }
            return new Metrics(server, v[0], v[1], commit, v[2], v[3], v[4], v[5], v[6]);
        }

        private static double le(String series) {
            int at = series.indexOf("le=\"");
            String bound = series.substring(at + 4, series.indexOf('"', at + 4));
            return bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
        }

        Metrics minus(Metrics b) {
            return new Metrics(
                    minus(serverBuckets, b.serverBuckets),
                    serverCount - b.serverCount,
                    serverSum - b.serverSum,
                    minus(commitBuckets, b.commitBuckets),
                    commitCount - b.commitCount,
                    commitSum - b.commitSum,
                    batchRows - b.batchRows,
                    gcPauses - b.gcPauses,
                    gcPauseSeconds - b.gcPauseSeconds);
        }

        private static TreeMap<Double, Double> minus(TreeMap<Double, Double> a, TreeMap<Double, Double> b) {
            TreeMap<Double, Double> d = new TreeMap<>();
            a.forEach((le, count) -> d.put(le, count - b.getOrDefault(le, 0.0)));
            return d;
        }

        /** The upper bound (ms) of the first bucket holding the {@code p}-th percentile; NaN without samples. */
        static double percentileBoundMs(TreeMap<Double, Double> buckets, double p) {
            double total = buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
            if (total <= 0) {
                return Double.NaN;
            }
            for (Map.Entry<Double, Double> e : buckets.entrySet()) {
                if (e.getValue() >= p / 100 * total) {
                    return e.getKey() * 1000;
                }
            }
            return Double.POSITIVE_INFINITY;
        }

        private static String bound(double ms) {
            return Double.isFinite(ms) ? String.format(Locale.ROOT, "%.1f", ms) : (Double.isNaN(ms) ? "n/a" : "+Inf");
        }

        String describe(double seconds) {
            return String.format(
                    Locale.ROOT,
                    "Inside the service during the open-loop phase (its own metrics at /q/metrics, before and after):%n"
                            + "  candidacy (HTTP server timer, 200s): %.0f requests, mean %.2f ms, p50 <= %s ms, p99 <= %s ms"
                            + " (bucket bounds)%n"
                            + "  audit commits: %.0f (%.1f rows each on average), commit time mean %.2f ms, p99 <= %s ms"
                            + " (each answer waits for its batch's commit)%n"
                            + "  GC pauses: %.0f, %.1f ms in all (%.2f %% of the phase), mean %.2f ms%n",
                    serverCount,
                    serverCount > 0 ? 1000 * serverSum / serverCount : Double.NaN,
                    bound(percentileBoundMs(serverBuckets, 50)),
                    bound(percentileBoundMs(serverBuckets, 99)),
                    commitCount,
                    commitCount > 0 ? batchRows / commitCount : Double.NaN,
                    commitCount > 0 ? 1000 * commitSum / commitCount : Double.NaN,
                    bound(percentileBoundMs(commitBuckets, 99)),
                    gcPauses,
                    1000 * gcPauseSeconds,
                    seconds > 0 ? 100 * gcPauseSeconds / seconds : Double.NaN,
                    gcPauses > 0 ? 1000 * gcPauseSeconds / gcPauses : Double.NaN);
        }
    }

    private PhaseResult openLoop(String name, String method, String path, byte[] request, double rate, double seconds)
            throws Exception {
        int n = config.connections;
        long interval = (long) (1e9 / rate);
        long planned = Math.min(config.maxRequestsPerPhase, (long) (seconds * rate));
        AtomicLong next = new AtomicLong();
        Recorder[] recorders = new Recorder[n];
        Thread[] threads = new Thread[n];
        CpuSample cpuStart = CpuSample.now(config.servicePid, databasePid(), config.clockTicks);
        long start = System.nanoTime() + 50_000_000L;
        long hardEnd = start + (long) ((2 * seconds + 10) * 1e9); // a stalled service cannot stretch the phase
        AtomicLong sent = new AtomicLong();
        for (int w = 0; w < n; w++) {
            Recorder r = recorders[w] = new Recorder();
            threads[w] = new Thread(
                    () -> {
                        Conn conn = null;
                        try {
                            for (long i = next.getAndIncrement();
                                    i < planned && System.nanoTime() < hardEnd;
                                    i = next.getAndIncrement()) {
                                sent.incrementAndGet();
                                long due = start + i * interval;
                                long now;
                                while ((now = System.nanoTime()) < due) {
                                    LockSupport.parkNanos(due - now);
                                }
                                r.maxSendLagNs = Math.max(r.maxSendLagNs, now - due);
                                conn = send(conn, request, r, due);
                            }
                        } finally {
                            if (conn != null) {
                                conn.close();
                            }
                        }
                    },
                    "load-" + name + "-" + w);
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Cpu cpu = CpuSample.now(config.servicePid, databasePid(), config.clockTicks)
                .minus(cpuStart);
        return merge(
                name,
                method,
                path,
                "open",
                n,
                elapsed,
                recorders,
                rate,
                planned < (long) (seconds * rate),
                cpu,
                planned - sent.get());
    }

    /** Sends one request on the worker's connection (opening one if needed); returns the connection to reuse. */
    private Conn send(Conn conn, byte[] request, Recorder r, long t0) {
        try {
            if (conn == null || !conn.reusable()) {
                conn = new Conn(target);
            }
            int status = conn.exchange(request);
            long latency = System.nanoTime() - t0;
            if (status == 200) {
                r.lastBodyLength = conn.lastBodyLength;
                r.ok(latency);
            } else {
                r.statuses.merge(status, 1L, Long::sum);
                sample("HTTP " + status + ": "
                        + new String(conn.lastBodyStart, StandardCharsets.UTF_8).replaceAll("\\s+", " "));
            }
            return conn;
        } catch (IOException | RuntimeException e) {
            r.ioErrors++;
            sample("connection: " + e);
            if (conn != null) {
                conn.close();
            }
            LockSupport.parkNanos(10_000_000L); // do not spin on a refused connection
            return null;
        }
    }

    /** Keeps up to MAX_ERROR_SAMPLES distinct error messages per phase, with how often each occurred. */
    private void sample(String message) {
        String m = message.length() > 300 ? message.substring(0, 300) + "..." : message;
        synchronized (errorSamples) {
            if (errorSamples.containsKey(m) || errorSamples.size() < MAX_ERROR_SAMPLES) {
                errorSamples.merge(m, 1L, Long::sum);
            }
        }
    }

    private PhaseResult merge(
            String name,
            String method,
            String path,
            String loop,
            int connections,
            double seconds,
            Recorder[] recorders,
            double rate,
            boolean capped,
            Cpu cpu,
            long notSent) {
        int total = Arrays.stream(recorders).mapToInt(r -> r.count).sum();
        long[] all = new long[total];
        int at = 0;
        long ok = 0;
        long io = 0;
        long lag = 0;
        int bodyBytes = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        for (Recorder r : recorders) {
            System.arraycopy(r.latencies, 0, all, at, r.count);
            at += r.count;
            ok += r.ok;
            io += r.ioErrors;
            lag = Math.max(lag, r.maxSendLagNs);
            bodyBytes = Math.max(bodyBytes, r.lastBodyLength);
            r.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
        }
        Arrays.sort(all);
        List<String> samples;
        synchronized (errorSamples) {
            samples = new ArrayList<>();
            errorSamples.forEach((message, times) -> samples.add(times + " x " + message));
            errorSamples.clear();
        }
        return new PhaseResult(
                name,
                method,
                path,
                loop,
                connections,
                seconds,
                ok,
                statuses,
                io,
                samples,
                all,
                rate,
                lag,
                capped,
                bodyBytes,
                cpu,
                notSent);
    }

    // ------------------------------------------------------------------------------------------------ readiness,
    // ownership

    private void waitReady() throws InterruptedException {
        String host = target.hostHeader().substring(0, target.hostHeader().lastIndexOf(':'));
        Target management = new Target(
                target.address(),
                config.managementPort,
                host + ":" + config.managementPort,
                "http://" + host + ":" + config.managementPort);
        byte[] ready = request(management, "GET", "/q/health/ready", null, null);
        long deadline = System.nanoTime() + (long) (config.waitReadySeconds * 1e9);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (config.servicePid > 0
                    && ProcessHandle.of(config.servicePid)
                            .map(p -> !p.isAlive())
                            .orElse(true)) {
                throw new Failure("the service (pid " + config.servicePid + ") exited before it was ready");
            }
            try (Conn conn = new Conn(management)) {
                int status = conn.exchange(ready);
                if (status == 200) {
                    return;
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new Failure("service not ready at " + management.base() + "/q/health/ready after "
                + config.waitReadySeconds + " s (" + last + ")");
    }

    /** Linux: the socket listening on the target port must be one of the given process's open files. */
    private void checkListenerOwnedBy(long pid) throws IOException {
        List<String> inodes = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String row : Files.readAllLines(p)) {
                String[] f = row.trim().split("\\s+");
                if (f.length > 9
                        && f[1].contains(":")
                        && f[3].equals("0A")
                        && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == target.port()) {
                    inodes.add(f[9]);
                }
            }
        }
        if (inodes.isEmpty()) {
            throw new Failure("nothing is listening on port " + target.port());
        }
        Path fds = Path.of("/proc/" + pid + "/fd");
        List<String> owned = new ArrayList<>();
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) list::iterator) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        owned.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException ignored) {
                    // fd closed meanwhile
                }
            }
        }
        if (inodes.stream().noneMatch(owned::contains)) {
            throw new Failure("port " + target.port()
                    + " is held by another process, not the service this run started (pid " + pid + ")");
        }
        log("port %d is held by the service this run started (pid %d)", target.port(), pid);
    }

    // ------------------------------------------------------------------------------------------------ CPU accounting

    /** CPU ticks of a process tree from /proc (Linux), and this JVM's own CPU time. */
    record CpuSample(
            double service, double jit, double gc, double database, double self, double machine, boolean known) {

        static CpuSample now(long pid, long databasePid, int ticksPerSecond) {
            double self = selfCpuSeconds();
            double machine = machineBusyTicks() / (double) ticksPerSecond;
            if (pid <= 0 || !Files.isDirectory(Path.of("/proc/" + pid))) {
                return new CpuSample(0, 0, 0, 0, self, machine, false);
            }
            Map<Long, Long> parent = new ConcurrentHashMap<>();
            Map<Long, Long> ticks = new LinkedHashMap<>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .forEach(p -> {
                            try {
                                String stat = Files.readString(p.resolve("stat"));
                                String[] f = stat.substring(stat.lastIndexOf(')') + 2)
                                        .split(" ");
                                long id = Long.parseLong(p.getFileName().toString());
                                parent.put(id, Long.parseLong(f[1]));
                                ticks.put(id, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                            } catch (IOException | RuntimeException ignored) {
                                // process gone
                            }
                        });
            } catch (IOException e) {
                return new CpuSample(0, 0, 0, 0, self, machine, false);
            }
            long service = ticks.getOrDefault(pid, 0L);
            long database = 0;
            for (Map.Entry<Long, Long> e : ticks.entrySet()) {
                long id = e.getKey();
                if (id == databasePid
                        || (id != pid && (descends(id, pid, parent) || descends(id, databasePid, parent)))) {
                    database += e.getValue();
                }
            }
            long[] jitAndGc = jitAndGcTicks(pid);
            double hz = ticksPerSecond;
            return new CpuSample(service / hz, jitAndGc[0] / hz, jitAndGc[1] / hz, database / hz, self, machine, true);
        }

        /** Ticks of the service JVM's JIT compiler threads and of its GC and VM threads, by thread name. */
        private static long[] jitAndGcTicks(long pid) {
            long[] ticks = new long[2];
            try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                tasks.forEach(task -> {
                    try {
                        String name = Files.readString(task.resolve("comm")).trim();
                        int kind = name.contains("CompilerThre")
                                ? 0
                                : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")
                                        ? 1
                                        : -1;
                        if (kind >= 0) {
                            String stat = Files.readString(task.resolve("stat"));
                            String[] f =
                                    stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks[kind] += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // thread gone
                    }
                });
            } catch (IOException e) {
                // process gone
            }
            return ticks;
        }

        /** Busy ticks of the whole machine (all processes, all CPUs) from /proc/stat; 0 where unavailable. */
        private static long machineBusyTicks() {
            try {
                String[] f =
                        Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                    busy += Long.parseLong(f[i]);
                }
                return busy;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        private static boolean descends(long id, long ancestor, Map<Long, Long> parent) {
            if (ancestor <= 0) {
                return false;
            }
            for (int depth = 0; depth < 64; depth++) {
                Long p = parent.get(id);
                if (p == null || p <= 1) {
                    return false;
                }
                if (p == ancestor) {
                    return true;
                }
                id = p;
            }
            return false;
        }

        private static double selfCpuSeconds() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime() / 1e9;
            }
            return 0;
        }

        Cpu minus(CpuSample before) {
            return new Cpu(
                    service - before.service,
                    jit - before.jit,
                    gc - before.gc,
                    database - before.database,
                    self - before.self,
                    machine - before.machine,
                    known && before.known);
        }
    }

    // ------------------------------------------------------------------------------------------------ reports

    private static String line(PhaseResult r) {
        return String.format(
                Locale.ROOT,
                "%-24s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  ok %7d  errors %d%s",
                r.name(),
                r.throughput(),
                r.percentileMs(50),
                r.percentileMs(99),
                r.maxMs(),
                r.ok(),
                r.errors(),
                r.capped() ? "  (request cap reached)" : "");
    }

    private String textReport(
            String when,
            List<PhaseResult> warmups,
            PhaseResult trivial,
            PhaseResult assess,
            List<PhaseResult> others,
            PhaseResult open) {
        StringBuilder s = new StringBuilder();
        s.append("IDDS load test (")
                .append(config.smoke ? "smoke" : "full")
                .append("), ")
                .append(when)
                .append('\n');
        if (config.smoke) {
            s.append(
                    "Smoke mode checks for errors only: with a cold JIT and seconds per phase its figures mean nothing.\n");
        }
        s.append("Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs (service, database and load generator share them), ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(", Java ")
                .append(System.getProperty("java.runtime.version"))
                .append('\n');
        s.append("Target: ")
                .append(target.base())
                .append(" - ")
                .append(config.serviceDescription)
                .append('\n');
        databaseCommandLine()
                .ifPresent(db -> s.append("Database process: ").append(db).append('\n'));
        s.append("Load average before the run (1/5/15 min): ")
                .append(loadAverageAtStart)
                .append('\n');
        s.append("Auth: ")
                .append(
                        config.authDescription.isEmpty()
                                ? (token.isEmpty() ? "none" : "bearer token")
                                : config.authDescription)
                .append('\n');
        s.append("Bodies: candidacy ")
                .append(config.body)
                .append("; prescription check ")
                .append(config.prescriptionBody)
                .append("; MDT case ")
                .append(config.mdtBody)
                .append(config.keepDates ? " (dates as in the files)" : " (their dates set to today)")
                .append('\n');
        s.append(String.format(
                Locale.ROOT,
                "Phase 1, closed loop: %d keep-alive connections, %.0f s warm-up (a fifth trivial, two fifths "
                        + "candidacy, a fifth each prescription check and MDT case), then %.0f s per endpoint%n",
                config.connections,
                config.warmupSeconds,
                config.durationSeconds));
        s.append("  ").append(describe(trivial)).append('\n');
        s.append("  ").append(describe(assess)).append('\n');
        others.forEach(r -> s.append("  ").append(describe(r)).append('\n'));
        if (open != null) {
            s.append(String.format(
                    Locale.ROOT,
                    "Phase 2, open loop: %.1f req/s fixed arrival rate (%s), up to %d connections, %.0f s; "
                            + "latency from the intended send time%n",
                    open.targetRate(),
                    config.openRate > 0 ? "given" : "half the candidacy throughput",
                    open.connections(),
                    config.openSeconds));
            s.append("  ")
                    .append(describe(open))
                    .append(String.format(
                            Locale.ROOT, "; latest send %.1f ms behind schedule%n", open.maxSendLagNs() / 1e6));
            s.append(halfLoadInside
                    .map(m -> m.describe(open.seconds()))
                    .orElse("Inside the service during the open-loop phase: /q/metrics could not be read\n"));
        }
        s.append("Results (issue 16 targets reported beside them, not gated):\n");
        if (assess.ok() > 0 && trivial.ok() > 0) {
            double ratio = assess.throughput() / trivial.throughput();
            s.append(String.format(
                    Locale.ROOT,
                    "  candidacy / trivial throughput: %.1f %% (%.1f / %.1f req/s; goal >= 25 %%: %s)%n",
                    100 * ratio,
                    assess.throughput(),
                    trivial.throughput(),
                    ratio >= TARGET_RATIO ? "met" : "NOT met"));
        } else {
            s.append("  candidacy / trivial throughput: not measurable, a phase had no successful response\n");
        }
        for (PhaseResult r : others) {
            s.append(
                    r.ok() > 0 && trivial.ok() > 0
                            ? String.format(
                                    Locale.ROOT,
                                    "  %s / trivial throughput: %.1f %% (%.1f / %.1f req/s; measured as the candidacy)%n",
                                    r.name(),
                                    100 * r.throughput() / trivial.throughput(),
                                    r.throughput(),
                                    trivial.throughput())
                            : "  " + r.name() + " / trivial throughput: not measurable, no successful response\n");
        }
        if (open != null && open.ok() > 0) {
            double p99 = open.percentileMs(99);
            s.append(String.format(
                    Locale.ROOT,
                    "  p99 at half the candidacy rate: %.2f ms (p50 %.2f ms; target < %.0f ms: %s)%n",
                    p99,
                    open.percentileMs(50),
                    TARGET_P99_MS,
                    p99 < TARGET_P99_MS ? "met" : "NOT met"));
        }
        if (assess.cpu().serviceKnown() && assess.ok() > 0) {
            Cpu c = assess.cpu();
            double total = 1000 * (c.serviceJvm() + c.database()) / assess.ok();
            s.append(String.format(
                    Locale.ROOT,
                    "  CPU per durable candidacy (closed loop): service JVM + PostgreSQL %.3f ms (target <= %.2f ms: "
                            + "%s): service JVM %.3f ms (of which JIT compiler %.3f ms, GC %.3f ms), PostgreSQL "
                            + "%.3f ms; load generator %.3f ms%n",
                    total,
                    TARGET_CPU_MS,
                    total <= TARGET_CPU_MS ? "met" : "NOT met",
                    1000 * c.serviceJvm() / assess.ok(),
                    1000 * c.jit() / assess.ok(),
                    1000 * c.gc() / assess.ok(),
                    1000 * c.database() / assess.ok(),
                    1000 * c.generator() / assess.ok()));
            for (PhaseResult r : others) {
                if (r.ok() > 0) {
                    s.append(String.format(
                            Locale.ROOT,
                            "  CPU per durable %s (closed loop): service JVM + PostgreSQL %.3f ms: service JVM %.3f ms "
                                    + "(JIT %.3f ms, GC %.3f ms), PostgreSQL %.3f ms%n",
                            r.name(),
                            1000 * (r.cpu().serviceJvm() + r.cpu().database()) / r.ok(),
                            1000 * r.cpu().serviceJvm() / r.ok(),
                            1000 * r.cpu().jit() / r.ok(),
                            1000 * r.cpu().gc() / r.ok(),
                            1000 * r.cpu().database() / r.ok()));
                }
            }
            s.append(String.format(
                    Locale.ROOT,
                    "  CPU per trivial request (closed loop): service JVM %.3f ms, load generator %.3f ms%n",
                    1000 * trivial.cpu().serviceJvm() / Math.max(1, trivial.ok()),
                    1000 * trivial.cpu().generator() / Math.max(1, trivial.ok())));
        }
        List<PhaseResult> measured = new ArrayList<>(List.of(trivial, assess));
        measured.addAll(others);
        if (open != null) {
            measured.add(open);
        }
        if (measured.stream()
                .anyMatch(r ->
                        r.cpu().serviceKnown() && r.cpu().jit() > 0.1 * r.cpu().serviceJvm())) {
            s.append(
                    "  WARNING: the JIT compiler used over 10 % of the service's CPU in a measured phase: not yet steady state; "
                            + "a longer --warmup gives steadier figures\n");
        }
        s.append("Machine CPU use per phase (of ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs; 'other' = processes outside this test, which make the figures noisy):\n");
        for (PhaseResult r : measured) {
            Cpu c = r.cpu();
            double capacity = r.seconds() * Runtime.getRuntime().availableProcessors() / 100;
            if (c.serviceKnown()) {
                s.append(String.format(
                        Locale.ROOT,
                        "  %-24s busy %3.0f %%: service %3.0f %% (JIT %2.0f %%, GC %2.0f %%), database %3.0f %%, "
                                + "generator %3.0f %%, other %3.0f %%%n",
                        r.name(),
                        c.machine() / capacity,
                        c.serviceJvm() / capacity,
                        c.jit() / capacity,
                        c.gc() / capacity,
                        c.database() / capacity,
                        c.generator() / capacity,
                        c.others() / capacity));
            } else {
                s.append(String.format(
                        Locale.ROOT,
                        "  %-24s busy %3.0f %%: generator %3.0f %%, service and other processes %3.0f %%%n",
                        r.name(),
                        c.machine() / capacity,
                        c.generator() / capacity,
                        (c.machine() - c.generator()) / capacity));
            }
        }
        List<PhaseResult> phases = new ArrayList<>(warmups);
        phases.addAll(measured);
        for (PhaseResult r : phases) {
            if (r.errors() > 0) {
                s.append("Errors in ")
                        .append(r.name())
                        .append(": ")
                        .append(r.errorStatuses())
                        .append(", connection failures ")
                        .append(r.ioErrors())
                        .append('\n');
                r.errorSamples().forEach(e -> s.append("    ").append(e).append('\n'));
            }
        }
        return s.toString();
    }

    /** The PostgreSQL server's pid from its postmaster.pid, or -1. */
    private long databasePid() {
        if (config.databasePidFile == null) {
            return -1;
        }
        try {
            return Long.parseLong(
                    Files.readAllLines(config.databasePidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The command line of the embedded PostgreSQL server, from /proc (its settings, e.g. -F for fsync off). */
    private java.util.Optional<String> databaseCommandLine() {
        long pid = databasePid();
        if (pid <= 0) {
            return java.util.Optional.empty();
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"));
            return java.util.Optional.of(
                    new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String describe(PhaseResult r) {
        return String.format(
                        Locale.ROOT,
                        "%-22s %s %-31s %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  ok %d, errors %d "
                                + "(non-200 %d, connection %d), %d-byte answers, %.1f s%s",
                        r.name() + ":",
                        r.method(),
                        r.path(),
                        r.throughput(),
                        r.percentileMs(50),
                        r.percentileMs(99),
                        r.maxMs(),
                        r.ok(),
                        r.errors(),
                        r.errors() - r.ioErrors(),
                        r.ioErrors(),
                        r.bodyBytes(),
                        r.seconds(),
                        r.capped() ? " (request cap reached)" : "")
                + (r.notSent() > 0
                        ? ", " + r.notSent() + " not sent: the service fell too far behind the schedule"
                        : "");
    }

    private String jsonReport(
            String when, PhaseResult trivial, PhaseResult assess, List<PhaseResult> others, PhaseResult open) {
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"date\": ").append(q(when)).append(",\n");
        s.append("  \"mode\": ").append(q(config.smoke ? "smoke" : "full")).append(",\n");
        s.append("  \"cpus\": ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(",\n");
        s.append("  \"java\": ")
                .append(q(System.getProperty("java.runtime.version")))
                .append(",\n");
        s.append("  \"loadAverageAtStart\": ").append(q(loadAverageAtStart)).append(",\n");
        s.append("  \"target\": ").append(q(target.base())).append(",\n");
        s.append("  \"service\": ").append(q(config.serviceDescription)).append(",\n");
        s.append("  \"auth\": ").append(q(token.isEmpty() ? "none" : "bearer")).append(",\n");
        s.append("  \"connections\": ").append(config.connections).append(",\n");
        s.append("  \"warmupSeconds\": ").append(config.warmupSeconds).append(",\n");
        s.append("  \"phases\": [\n");
        List<PhaseResult> phases = new ArrayList<>(List.of(trivial, assess));
        phases.addAll(others);
        if (open != null) {
            phases.add(open);
        }
        for (int i = 0; i < phases.size(); i++) {
            PhaseResult r = phases.get(i);
            s.append("    {\"name\": ")
                    .append(q(r.name()))
                    .append(", \"loop\": ")
                    .append(q(r.loop()))
                    .append(", \"method\": ")
                    .append(q(r.method()))
                    .append(", \"path\": ")
                    .append(q(r.path()))
                    .append(", \"connections\": ")
                    .append(r.connections())
                    .append(", \"seconds\": ")
                    .append(num(r.seconds()))
                    .append(", \"targetRate\": ")
                    .append(num(r.targetRate()))
                    .append(", \"ok\": ")
                    .append(r.ok())
                    .append(", \"throughput\": ")
                    .append(num(r.throughput()))
                    .append(", \"p50Ms\": ")
                    .append(num(r.percentileMs(50)))
                    .append(", \"p99Ms\": ")
                    .append(num(r.percentileMs(99)))
                    .append(", \"maxMs\": ")
                    .append(num(r.maxMs()))
                    .append(", \"errorStatuses\": ")
                    .append(statuses(r.errorStatuses()))
                    .append(", \"connectionErrors\": ")
                    .append(r.ioErrors())
                    .append(", \"bodyBytes\": ")
                    .append(r.bodyBytes())
                    .append(", \"maxSendLagMs\": ")
                    .append(num(r.maxSendLagNs() / 1e6))
                    .append(", \"capped\": ")
                    .append(r.capped())
                    .append(", \"notSent\": ")
                    .append(r.notSent())
                    .append(", \"cpuSeconds\": {\"serviceJvm\": ")
                    .append(num(r.cpu().serviceJvm()))
                    .append(", \"serviceJit\": ")
                    .append(num(r.cpu().jit()))
                    .append(", \"serviceGc\": ")
                    .append(num(r.cpu().gc()))
                    .append(", \"database\": ")
                    .append(num(r.cpu().database()))
                    .append(", \"generator\": ")
                    .append(num(r.cpu().generator()))
                    .append(", \"machine\": ")
                    .append(num(r.cpu().machine()))
                    .append(", \"others\": ")
                    .append(num(r.cpu().others()))
                    .append("}}")
                    .append(i + 1 < phases.size() ? ",\n" : "\n");
        }
        s.append("  ],\n");
        s.append("  \"candidacyToTrivialThroughputRatio\": ")
                .append(assess.ok() > 0 && trivial.ok() > 0 ? num(assess.throughput() / trivial.throughput()) : "null")
                .append(",\n");
        for (PhaseResult r : others) {
            s.append("  ")
                    .append(q((r.name().equals(MDT) ? "mdtCase" : "prescriptionCheck") + "ToTrivialThroughputRatio"))
                    .append(": ")
                    .append(r.ok() > 0 && trivial.ok() > 0 ? num(r.throughput() / trivial.throughput()) : "null")
                    .append(",\n");
        }
        s.append("  \"cpuMsPerCandidacyServiceAndDatabase\": ")
                .append(
                        assess.cpu().serviceKnown() && assess.ok() > 0
                                ? num(1000
                                        * (assess.cpu().serviceJvm()
                                                + assess.cpu().database())
                                        / assess.ok())
                                : "null")
                .append(",\n");
        s.append("  \"p99AtHalfLoadMs\": ")
                .append(open == null ? "null" : num(open.percentileMs(99)))
                .append(",\n");
        s.append("  \"targets\": {\"candidacyToTrivialThroughputRatio\": ")
                .append(num(TARGET_RATIO))
                .append(", \"p99AtHalfLoadMsBelow\": ")
                .append(num(TARGET_P99_MS))
                .append(", \"cpuMsPerCandidacyServiceAndDatabaseAtMost\": ")
                .append(num(TARGET_CPU_MS))
                .append(", \"gated\": false}\n");
        s.append("}\n");
        return s.toString();
    }

    private static String statuses(Map<Integer, Long> m) {
        StringBuilder s = new StringBuilder("{");
        m.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "")
                .append(q(String.valueOf(k)))
                .append(": ")
                .append(v));
        return s.append('}').toString();
    }

    private static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.3f", d) : "null";
    }

    private static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("load-test: " + String.format(Locale.ROOT, format, args));
    }
}
