package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.idds.cds.support.AuditRows;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL grants every role by default is taken from the service's application role: it cannot create large
 * objects (storage outside the audit table and its privileges), create temporary tables, or connect to any database
 * but the service's. Runs against whatever real PostgreSQL the suite uses: CI's external server, whose roles come from
 * deploy/postgres/create-roles.sql, or the embedded server, which does the same at every start.
 */
@QuarkusTest
class ApplicationRoleConfinementTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AuditRows audit;

    @Test
    void theApplicationRoleCannotCreateLargeObjects() {
        for (String sql : new String[] {
            "select lo_from_bytea(0, 'x')",
            "select lo_create(0)",
            "select lo_creat(-1)",
            "select lo_import('/etc/hostname')"
        }) {
            SQLException e = audit.tryExecute(sql).orElseThrow(() -> new AssertionError(sql + " was allowed"));
            assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), sql + ": " + e.getMessage());
        }
        assertEquals("0", audit.query("select count(*) from pg_largeobject_metadata"));
    }

    @Test
    void theApplicationRoleCannotCreateTemporaryTables() {
        SQLException e = audit.tryExecute("create temp table t(x int)")
                .orElseThrow(() -> new AssertionError("a temporary table was created"));
        assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), e.getMessage());
        assertEquals("f", audit.query("select has_database_privilege(current_database(), 'TEMPORARY')"));
    }

    @Test
    void theApplicationRoleCannotConnectToOtherDatabases() {
        for (String database : new String[] {"postgres", "template1"}) {
            SQLException e = connectTo(database).orElseThrow(() -> new AssertionError("connected to " + database));
            assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), database + ": " + e.getMessage());
        }
    }

    /** A connection as the application role to another database of the same server; the refusal if refused. */
    private static java.util.Optional<SQLException> connectTo(String database) {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class)
                .replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        try (Connection c = DriverManager.getConnection(
                url,
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            return java.util.Optional.empty();
        } catch (SQLException e) {
            return java.util.Optional.of(e);
        }
    }
}
