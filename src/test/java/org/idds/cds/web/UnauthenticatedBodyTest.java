package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.idds.cds.security.LocalKeys;
import org.idds.cds.support.Api;
import org.idds.cds.support.LocalIdentity;
import org.idds.cds.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A request to the API with a body and no token, or a token that is refused, gets a 401 problem+json before its body
 * is read, and the connection is closed: a client declaring 64 KB and sending one byte holds neither a buffer nor the
 * connection. An authenticated client whose body stalls is cut at the body-read deadline (3 s in tests) with a 408
 * problem+json (issue 14, item 1).
 */
@QuarkusTest
class UnauthenticatedBodyTest {

    /** The test profile's {@code idds.http.body-read-deadline}. */
    private static final Duration DEADLINE = Duration.ofSeconds(3);

    @TestHTTPResource("/")
    URL root;

    @Test
    void aStalledBodyWithoutATokenGetsA401AndTheConnectionIsClosedWithinASecond() throws Exception {
        String answer = stalled("", Duration.ofSeconds(1));
        assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("urn:idds-cds:problem:unauthenticated"), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("x-content-type-options: nosniff"), answer);
    }

    @Test
    void aStalledBodyWithARefusedTokenGetsA401AndTheConnectionIsClosedWithinASecond() throws Exception {
        Map<String, Object> expired = Tokens.claims("dr-stalled", List.of(Roles.MDT_CLINICIAN));
        expired.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
        expired.put("exp", Instant.now().minusSeconds(600).getEpochSecond());
        List<String> refused = List.of(
                "not-a-jwt",
                Tokens.rs256(expired, LocalIdentity.keys().privateKey()),
                Tokens.rs256(
                        Tokens.claims("dr-stalled", List.of(Roles.MDT_CLINICIAN)),
                        LocalKeys.generate().getPrivate()),
                Tokens.unsigned(Tokens.claims("dr-stalled", List.of(Roles.MDT_CLINICIAN))));
        for (String token : refused) {
            String answer = stalled("Authorization: Bearer " + token + "\r\n", Duration.ofSeconds(1));
            assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("urn:idds-cds:problem:invalid-token"), answer);
            assertTrue(answer.contains("error=\"invalid_token\""), answer);
        }
    }

    @Test
    void anAuthenticatedStalledBodyIsCutAtTheDeadline() throws Exception {
        String token = Api.token(Api.DEFAULT_ROLE, "dr-stalled");
        long started = System.nanoTime();
        String answer = stalled("Authorization: Bearer " + token + "\r\n", DEADLINE.plusSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("urn:idds-cds:problem:request-timeout"), answer);
        assertTrue(took.compareTo(DEADLINE.minusMillis(500)) > 0, "cut before the deadline: " + took);
    }

    /**
     * Declares 65,536 bytes, sends one, and reads until the server closes, which must happen within {@code within}.
     */
    private String stalled(String extraHeaders, Duration within) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout((int) within.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/candidacy-assessments HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 65536\r\n" + extraHeaders + "\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            long started = System.nanoTime();
            try {
                for (int n; (n = in.read(chunk)) != -1; ) {
                    read.write(chunk, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the connection was still open after " + within + ": " + read, e);
            }
            assertTrue(System.nanoTime() - started < within.toNanos() + 500_000_000L);
            String answer = read.toString(StandardCharsets.UTF_8);
            assertEquals(-1, in.read());
            return answer;
        }
    }
}
