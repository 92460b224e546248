package org.idds.cds.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;

/**
 * The audit table over plain JDBC. Appends go through the {@link AuditWriter} (group commit: the call returns only
 * once the row's transaction is durable); bodies are stored gzip-compressed, the request both exactly as received
 * (with its SHA-256) and as parsed. Reads decompress, so a stored answer comes back byte for byte.
 */
@ApplicationScoped
public class JdbcAssessmentStore implements AssessmentStore {

    static final String INSERT =
            "insert into assessment (id, kind, outcome, created_at, ruleset_version, ruleset_hash, "
                    + "case_reference, request_raw, request_sha256, request_parsed, response_body, created_by, "
                    + "app_version, app_commit, request_schema, response_schema) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The primary key on {@code id}: a duplicate on it after a lost COMMIT means the row had landed (AuditWriter). */
    static final String ID_KEY = "assessment_pkey";

    private static final String SELECT =
            "select id, kind, outcome, created_at, ruleset_version, ruleset_hash, case_reference, "
                    + "request_json, response_json, request_raw, request_sha256, request_parsed, response_body, created_by, app_version, app_commit, request_schema, response_schema from assessment "
                    + "where id = ?";

    private final DataSource dataSource;
    private final AuditWriter writer;

    public JdbcAssessmentStore(DataSource dataSource, AuditWriter writer) {
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /** The three stored bodies, gzip-compressed: the request as received, the request as read, the answer. */
    record Bodies(byte[] raw, byte[] parsed, byte[] response) {}

    /**
     * The bodies of an answer made now, compressed as {@link #append(NewAssessment)} stores them: the raw request in
     * place and the answer from its own bytes (the array that is sent), so the answer is never encoded again.
     */
    static Bodies compress(NewAssessment a) {
        return new Bodies(
                a.request().raw().compressed(),
                Gzip.compress(a.request().parsedJson().getBytes(StandardCharsets.UTF_8)),
                Gzip.compress(a.responseBody()));
    }

    @Override
    public void append(NewAssessment a) {
        // Compressed here, on the caller's thread, so the single writer thread only does I/O.
        Bodies bodies = compress(a);
        write(
                new Columns(
                        a.columns(),
                        a.request().raw().sha256(),
                        Optional.of(a.caller().name()),
                        Optional.of(BuildInfo.current()),
                        Optional.of(a.request().schema()),
                        Optional.of(AnswerFormat.CURRENT)),
                bodies);
    }

    @Override
    public void append(StoredAssessment a) {
        RawRequest rawRequest = a.rawRequest()
                .orElseThrow(() -> new IllegalArgumentException("a new audit row needs the request as received"));
        Bodies bodies = new Bodies(
                rawRequest.compressed(),
                Gzip.compress(a.requestJson().getBytes(StandardCharsets.UTF_8)),
                Gzip.compress(a.responseJson().getBytes(StandardCharsets.UTF_8)));
        write(
                new Columns(
                        a.columns(),
                        rawRequest.sha256(),
                        a.createdBy(),
                        a.build(),
                        a.requestSchema(),
                        a.responseSchema()),
                bodies);
    }

    /** The columns of a new row other than its bodies: those of its {@code assessment}, then what was kept of it. */
    private record Columns(
            AssessmentColumns assessment,
            String requestSha256,
            Optional<String> createdBy,
            Optional<BuildInfo> build,
            Optional<String> requestSchema,
            Optional<String> responseSchema) {}

    private void write(Columns a, Bodies bodies) {
        AssessmentColumns assessment = a.assessment();
        Timestamp createdAt = Timestamp.from(assessment.createdAt());
        writer.write(INSERT, insert -> {
            insert.setObject(1, assessment.id());
            insert.setString(2, assessment.kind().name());
            insert.setString(3, assessment.outcome());
            insert.setTimestamp(4, createdAt);
            insert.setString(5, assessment.rulesetVersion());
            insert.setString(6, assessment.rulesetHash());
            insert.setString(7, assessment.caseReference().orElse(null));
            insert.setBytes(8, bodies.raw());
            insert.setString(9, a.requestSha256());
            insert.setBytes(10, bodies.parsed());
            insert.setBytes(11, bodies.response());
            insert.setString(12, a.createdBy().orElse(null));
            insert.setString(13, a.build().map(BuildInfo::version).orElse(null));
            insert.setString(14, a.build().map(BuildInfo::commit).orElse(null));
            insert.setString(15, a.requestSchema().orElse(null));
            insert.setString(16, a.responseSchema().orElse(null));
        });
    }

    /**
     * A read that failed at once on a broken connection (one left in the pool by a database restart) is tried once
     * more on another; a read that failed slowly (a frozen server, after the socket timeout) is not, so a read stays
     * bounded by one acquisition and one socket timeout plus this short window.
     */
    static final long RETRY_WITHIN_MILLIS = 1_000;

    @Override
    public Optional<StoredAssessment> find(UUID id) {
        long started = System.nanoTime();
        try {
            return findOnce(id);
        } catch (SQLException e) {
            boolean brokenAtOnce = Optional.ofNullable(e.getSQLState())
                            .filter(state -> state.startsWith("08"))
                            .isPresent()
                    && System.nanoTime() - started < RETRY_WITHIN_MILLIS * 1_000_000;
            if (!brokenAtOnce) {
                throw new AuditUnavailableException("audit database unavailable: " + e.getSQLState(), e);
            }
            try {
                return findOnce(id);
            } catch (SQLException again) {
                throw new AuditUnavailableException("audit database unavailable: " + again.getSQLState(), again);
            }
        }
    }

    private Optional<StoredAssessment> findOnce(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                // read every column before mapping: a lambda cannot throw SQLException
                Optional<byte[]> rawBytes = Optional.ofNullable(row.getBytes("request_raw"));
                String sha256 = row.getString("request_sha256");
                String commit = Optional.ofNullable(row.getString("app_commit")).orElse(BuildInfo.UNKNOWN);
                Optional<RawRequest> raw = rawBytes.map(bytes -> new RawRequest(Gzip.decompress(bytes), sha256));
                return Optional.of(new StoredAssessment(
                        new AssessmentColumns(
                                row.getObject("id", UUID.class),
                                AssessmentKind.valueOf(row.getString("kind")),
                                row.getString("outcome"),
                                row.getTimestamp("created_at").toInstant(),
                                row.getString("ruleset_version"),
                                row.getString("ruleset_hash"),
                                Optional.ofNullable(row.getString("case_reference"))),
                        text(row, "request_parsed", "request_json"),
                        text(row, "response_body", "response_json"),
                        raw,
                        Optional.ofNullable(row.getString("created_by")),
                        Optional.ofNullable(row.getString("app_version"))
                                .map(version -> new BuildInfo(version, commit)),
                        Optional.ofNullable(row.getString("request_schema")),
                        Optional.ofNullable(row.getString("response_schema"))));
            }
        }
    }

    /** Rows written before compression (V1) keep their bodies as text. */
    private static String text(ResultSet row, String compressed, String legacy) throws SQLException {
        byte[] bytes = row.getBytes(compressed);
        return bytes != null ? new String(Gzip.decompress(bytes), StandardCharsets.UTF_8) : row.getString(legacy);
    }
}
