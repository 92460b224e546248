package org.idds.cds.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A body that is not well-formed UTF-8 is refused before it is parsed: an overlong form ({@code C0 AF} and
 * {@code C0 AE}, which a lenient reader decodes as {@code /} and {@code .}) or an invalid byte ({@code FF}) in a text
 * field answers 400 problem+json naming the body, without class names, and stores nothing.
 */
@QuarkusTest
class MalformedUtf8Test {

    private static final byte[] OVERLONG_SLASH_DOTS = {
        (byte) 0xC0, (byte) 0xAE, (byte) 0xC0, (byte) 0xAE, (byte) 0xC0, (byte) 0xAF
    };
    private static final byte[] LONE_FF = {(byte) 0xFF};

    @Inject
    AuditRows audit;

    @Test
    void overlongUtf8InACandidacyCaseReferenceIsRefused() {
        refused("/api/v1/candidacy-assessments", withCaseReference(candidacy(), OVERLONG_SLASH_DOTS));
    }

    @Test
    void overlongUtf8InAPrescriptionCheckCaseReferenceIsRefused() {
        refused("/api/v1/prescription-checks", withCaseReference(prescription(), OVERLONG_SLASH_DOTS));
    }

    @Test
    void aLoneInvalidByteIsRefused() {
        refused("/api/v1/candidacy-assessments", withCaseReference(candidacy(), LONE_FF));
        refused("/api/v1/prescription-checks", withCaseReference(prescription(), LONE_FF));
        refused("/api/v1/referral-checks", withCaseReference(candidacy(), LONE_FF));
    }

    @Test
    void wellFormedNonAsciiIsStillAccepted() {
        byte[] body = withCaseReference(candidacy(), "réf-ü-€".getBytes(StandardCharsets.UTF_8));
        Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200);
    }

    private void refused(String path, byte[] body) {
        long before = audit.count();
        Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("(body)"))
                .body("errors[0].message", containsString("UTF-8"))
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")));
        assertEquals(before, audit.count(), "a refused request must store nothing");
    }

    private static String candidacy() {
        return Fixtures.all("selection").stream()
                .map(Fixtures.ClinicalCase::request)
                .filter(r -> r.contains("\"caseReference\": \""))
                .findFirst()
                .orElseThrow();
    }

    private static String prescription() {
        return Fixtures.all("dosing").get(0).request();
    }

    /** The request with its caseReference replaced by "ref" followed by these raw bytes. */
    private static byte[] withCaseReference(String request, byte[] raw) {
        String marker = "\"caseReference\": \"";
        int start = request.indexOf(marker);
        if (start < 0) {
            throw new IllegalArgumentException("no caseReference in the fixture");
        }
        start += marker.length();
        int end = request.indexOf('"', start);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(request.substring(0, start).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("ref".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(request.substring(end).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
