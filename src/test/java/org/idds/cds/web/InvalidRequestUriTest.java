package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Locale;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/**
 * An invalid request URI, sent verbatim ({@code GET /api/v1/assessments/{id}}, a bad escape such as {@code %zz}, a raw
 * {@code |}), is answered at once with a 400 problem+json and the security headers, on the API port and on the
 * management port; none is left unanswered (issue 14, item 7).
 */
@QuarkusTest
class InvalidRequestUriTest {

    private static final List<String> INVALID = List.of(
            "/api/v1/assessments/{id}",
            "/api/v1/assessments/%zz",
            "/api/v1/%",
            "/api/v1/%4",
            "/api/v1/|",
            "/api/v1/^",
            "/api/v1/a\"b",
            "/api/v1/<x>",
            "/api/v1/a\\b",
            "/q/openapi%zz",
            "/api/v1/ruleset?x=%zz",
            "/api/v1/ruleset?x={y}",
            "/caf\u00e9");

    @TestHTTPResource("/")
    URL api;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void anInvalidUriGetsA400ProblemWithTheSecurityHeadersOnBothPorts() throws Exception {
        for (URL port : List.of(api, management)) {
            for (String target : INVALID) {
                String answer = get(port, target, "");
                String lower = answer.toLowerCase(Locale.ROOT);
                assertTrue(answer.startsWith("HTTP/1.1 400"), target + " -> " + answer);
                assertTrue(lower.contains("content-type: application/problem+json"), target + " -> " + answer);
                assertTrue(answer.contains("urn:idds-cds:problem:invalid-uri"), target + " -> " + answer);
                assertTrue(lower.contains("x-content-type-options: nosniff"), target + " -> " + answer);
                assertTrue(lower.contains("cache-control: no-store"), target + " -> " + answer);
            }
        }
    }

    @Test
    void aValidPercentEncodedUriIsRoutedAsBefore() throws Exception {
        String token = "Authorization: Bearer " + Api.token(Api.DEFAULT_ROLE, "uri-client") + "\r\n";
        String encoded = get(api, "/api/v1/assessments/%7Bid%7D", token);
        assertFalse(encoded.contains("invalid-uri"), encoded);
        assertTrue(encoded.startsWith("HTTP/1.1 4"), encoded); // not an assessment id: refused by the endpoint
        assertTrue(get(api, "/api/v1/ruleset?x=%41", token).startsWith("HTTP/1.1 200"));
        assertTrue(get(management, "/q/health/live", "").startsWith("HTTP/1.1 200"));
    }

    /** Sends the request target verbatim (UTF-8) and reads until the server closes, at most 2 s. */
    private static String get(URL port, String target, String extraHeaders) throws Exception {
        try (Socket socket = new Socket(port.getHost(), port.getPort())) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            try {
                for (int n; (n = in.read(chunk)) != -1; ) {
                    read.write(chunk, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError(target + " was not answered and closed within 2 s: " + read, e);
            }
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
