package org.idds.cds.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.idds.cds.assessment.AssessmentKind;
import org.idds.cds.assessment.AssessmentStore;
import org.idds.cds.assessment.AuditUnavailableException;
import org.idds.cds.assessment.StoredAssessment;

/**
 * Plain JDBC over the injected datasource. The connection is in auto-commit mode, so the insert is committed when
 * {@code executeUpdate} returns; any failure becomes {@link AuditUnavailableException} and nothing is returned.
 */
@ApplicationScoped
public class JdbcAssessmentStore implements AssessmentStore {

    private static final String INSERT = "insert into assessment (id, kind, outcome, created_at, ruleset_version, "
            + "ruleset_hash, case_reference, request_json, response_json, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "select id, kind, outcome, created_at, ruleset_version, ruleset_hash, "
            + "case_reference, request_json, response_json, created_by from assessment where id = ?";

    private final DataSource dataSource;

    public JdbcAssessmentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void append(StoredAssessment a) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, a.id());
            insert.setString(2, a.kind().name());
            insert.setString(3, a.outcome());
            insert.setTimestamp(4, Timestamp.from(a.createdAt()));
            insert.setString(5, a.rulesetVersion());
            insert.setString(6, a.rulesetHash());
            insert.setString(7, a.caseReference().orElse(null));
            insert.setString(8, a.requestJson());
            insert.setString(9, a.responseJson());
            insert.setString(10, a.createdBy());
            if (insert.executeUpdate() != 1) {
                throw new AuditUnavailableException("assessment row was not written", null);
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("audit database unavailable: " + e.getSQLState(), e);
        }
    }

    @Override
    public Optional<StoredAssessment> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAssessment(
                        row.getObject("id", UUID.class),
                        AssessmentKind.valueOf(row.getString("kind")),
                        row.getString("outcome"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getString("ruleset_version"),
                        row.getString("ruleset_hash"),
                        Optional.ofNullable(row.getString("case_reference")),
                        row.getString("request_json"),
                        row.getString("response_json"),
                        row.getString("created_by")));
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("audit database unavailable: " + e.getSQLState(), e);
        }
    }
}
