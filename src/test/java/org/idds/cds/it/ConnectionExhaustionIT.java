package org.idds.cds.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The attack of issue 14 item 1 against the packaged jar ({@code -Xmx512m}, its own embedded PostgreSQL), with a
 * small connection cap (50) to keep the test cheap and the default body-read deadline (10 s): POSTs that declare 64 KB and send one
 * byte, with no token or a refused one, get a 401 and are closed within a second; twice the cap of authenticated
 * stalled connections leave the JVM up and management health answering; the API answers again within the deadline
 * plus 5 s once the attack stops. Metrics are on (the packaged jar serves /q/metrics on the management port), and a
 * scrape answers while the API port is full.
 */
@Timeout(600)
class ConnectionExhaustionIT {

    private static final int MAX_CONNECTIONS = 50;
    /** The default {@code idds.http.body-read-deadline}. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private static PackagedService service;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        service = new PackagedService(
                Path.of("target", "it", "exhaustion-" + UUID.randomUUID()),
                Map.of("QUARKUS_HTTP_LIMITS_MAX_CONNECTIONS", Integer.toString(MAX_CONNECTIONS)));
        service.start();
        token = service.token().orElseThrow(() -> new AssertionError("bin/dev-token gave no token"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.stop();
            service.postmaster().ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aStalledBodyWithNoTokenOrARefusedOneGetsA401AndIsClosedWithinASecond() throws Exception {
        for (String authorization : List.of(
                "",
                "Authorization: Bearer not-a-token\r\n",
                "Authorization: Bearer " + token.substring(0, token.length() - 4) + "AAAA\r\n")) {
            String answer = readUntilClosed(stalledPost(authorization), Duration.ofSeconds(1));
            assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("urn:idds-cds:problem:"), answer);
        }
    }

    @Test
    void twiceTheCapOfStalledConnectionsLeavesTheServiceAliveAndItRecoversWhenTheyStop() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * MAX_CONNECTIONS; i++) {
                try {
                    stalled.add(stalledPost("Authorization: Bearer " + token + "\r\n"));
                } catch (IOException refusedAtTheCap) {
                    // past the cap the server closes the connection as soon as it accepts it
                }
            }
            int closedByTheServer = 0;
            for (Socket socket : stalled) {
                socket.setSoTimeout(10);
                try {
                    if (socket.getInputStream().read() == -1) {
                        closedByTheServer++;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // held, as the attacker wants
                } catch (IOException reset) {
                    closedByTheServer++;
                }
            }
            assertTrue(
                    closedByTheServer + (2 * MAX_CONNECTIONS - stalled.size()) >= MAX_CONNECTIONS / 2,
                    "the connection cap closes the connections past it: " + closedByTheServer);
            for (int i = 0; i < 3; i++) {
                assertTrue(service.isAlive(), "the JVM stays up");
                assertEquals(200, service.liveness(), "management health answers while the API port is full");
                Thread.sleep(500);
            }
            // the cap holds with metrics on (issue 16): the packaged jar serves /q/metrics on the management port,
            // and a scrape still answers while the API port is full
            String scrape = service.metrics()
                    .orElseThrow(() -> new AssertionError("/q/metrics must answer while the API port is full"));
            assertTrue(
                    scrape.contains("idds_ruleset_active"),
                    "metrics are on: " + scrape.lines().limit(5).toList());
            assertEquals(200, service.readiness());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        long stopped = System.nanoTime();
        Duration allowed = DEADLINE.plusSeconds(5);
        int status = -1;
        while (System.nanoTime() - stopped < allowed.toNanos()) {
            status = apiStatus();
            if (status == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(200, status, "the API answers again within " + allowed + " of the attack stopping");
        assertTrue(service.isAlive());
    }

    /** GET /api/v1/ruleset with the clinician's token over a fresh connection: its status, or -1. */
    private static int apiStatus() {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/ruleset HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                            + token + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntilClosed(socket, Duration.ofSeconds(2));
            return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
        } catch (IOException | AssertionError e) {
            return -1;
        }
    }

    /** A POST to the API that declares 65,536 bytes of body and sends one; the socket is left open. */
    private static Socket stalledPost(String extraHeaders) throws IOException {
        Socket socket = new Socket("127.0.0.1", service.port());
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/candidacy-assessments HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 65536\r\n" + extraHeaders + "\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Everything the server sends until it closes, which must happen within {@code within}. */
    private static String readUntilClosed(Socket socket, Duration within) throws IOException {
        try (socket) {
            socket.setSoTimeout((int) within.toMillis());
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            long started = System.nanoTime();
            try {
                for (int n; (n = in.read(chunk)) != -1; ) {
                    read.write(chunk, 0, n);
                    if (System.nanoTime() - started > within.toNanos()) {
                        throw new AssertionError("still open after " + within + ": " + read);
                    }
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the connection was still open after " + within + ": " + read, e);
            }
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
