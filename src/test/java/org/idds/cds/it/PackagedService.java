package org.idds.cds.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as an operator would: {@code java -jar}
 * with no database URL in its environment, so it runs its embedded PostgreSQL on {@code dataDirectory}.
 */
final class PackagedService {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDirectory;
    private final Path keyDirectory;
    private final Path log;
    private final int port;
    private final int managementPort;
    private final Map<String, String> extraEnvironment;
    private Process process;

    PackagedService(Path home) throws IOException {
        this(home, Map.of());
    }

    /** With extra environment variables, for example an external database URL. */
    PackagedService(Path home, Map<String, String> extraEnvironment) throws IOException {
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        this.dataDirectory = home.resolve("postgres");
        this.keyDirectory = Optional.ofNullable(this.extraEnvironment.get("IDDS_KEY_DIR"))
                .map(Path::of)
                .orElse(home.resolve("keys"));
        this.log = home.resolve("service.log");
        Files.createDirectories(home);
        try (ServerSocket s = new ServerSocket(0);
                ServerSocket m = new ServerSocket(0)) {
            this.port = s.getLocalPort();
            this.managementPort = m.getLocalPort();
        }
    }

    /** The API port. */
    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Starts the jar and waits until it is ready; fails (with the log) if it is not ready in time. */
    void start() throws Exception {
        launch();
        awaitReady(Duration.ofSeconds(150));
    }

    /**
     * Runs the jar to its end (a run that is meant to exit: a migration run, or a start that is refused) and returns
     * its exit status; fails (with the log) if it still runs after {@code timeout}.
     */
    int runToExit(Duration timeout) throws Exception {
        launch();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError("the jar still ran after " + timeout + "; log:\n" + tail());
        }
        return process.exitValue();
    }

    private void launch() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", JAR.toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE") || k.startsWith("QUARKUS_FLYWAY"));
        env.put("IDDS_EMBEDDED_DATA_DIR", dataDirectory.toString());
        env.put("IDDS_KEY_DIR", keyDirectory.toString());
        env.keySet().removeIf(k -> k.startsWith("IDDS_OIDC_") || k.startsWith("MP_JWT_"));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort)); // health
        env.put("QUARKUS_LOG_CONSOLE_JSON", "false");
        env.putAll(extraEnvironment);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = pb.start();
    }

    void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + "; log:\n" + tail());
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service was not ready in " + timeout + "; log:\n" + tail());
    }

    /** The readiness probe's status (on the management port), or -1 when it does not answer. */
    int readiness() {
        return health("/q/health/ready");
    }

    /** The liveness probe's status (on the management port), or -1 when it does not answer within 5 s. */
    int liveness() {
        return health("/q/health/live");
    }

    /** The Prometheus text at /q/metrics on the management port, or empty when it does not answer 200 within 5 s. */
    Optional<String> metrics() {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/metrics"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? Optional.of(answer.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private int health(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(
                authorised(HttpRequest.newBuilder(uri(path)))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                authorised(HttpRequest.newBuilder(uri(path)))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return request;
    }

    /** A clinician's token from the installation's own key, when the service requires one. */
    Optional<String> token() {
        Path script = Path.of("bin", "dev-token");
        if (!Files.isExecutable(script)) {
            return Optional.empty();
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(script.toString(), "mdt-clinician", "it-clinician");
            pb.environment().put("IDDS_KEY_DIR", keyDirectory.toString());
            Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String token = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 && !token.isEmpty() ? Optional.of(token) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** SIGKILL of the service's JVM only: its embedded PostgreSQL is left running, orphaned. */
    void killService() throws Exception {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGKILL of the service and of every PostgreSQL process at once, as a host crash or power loss would do. */
    void killEverything() throws Exception {
        Optional<ProcessHandle> postmaster = postmaster();
        List<ProcessHandle> backends =
                postmaster.map(p -> p.descendants().toList()).orElse(List.of());
        process.destroyForcibly();
        postmaster.ifPresent(ProcessHandle::destroyForcibly);
        backends.forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
        for (ProcessHandle p : backends) {
            p.onExit().get();
        }
        if (postmaster.isPresent()) {
            postmaster.get().onExit().get();
        }
    }

    /** SIGTERM: an ordinary stop. */
    int stop() throws Exception {
        if (process == null || !process.isAlive()) {
            return process == null ? 0 : process.exitValue();
        }
        process.destroy();
        return process.waitFor();
    }

    Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()))
                .filter(ProcessHandle::isAlive);
    }

    /** Whether the service's JVM is still running. */
    boolean isAlive() {
        return process != null && process.isAlive();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String tail() throws IOException {
        String text = log();
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }
}
