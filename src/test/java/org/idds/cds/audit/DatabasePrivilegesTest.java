package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.idds.cds.support.AuditRows;
import org.junit.jupiter.api.Test;

/**
 * The service's own database role can only add and read audit rows: no superuser, no UPDATE / DELETE / TRUNCATE
 * privilege (refused by privileges, SQLSTATE 42501, before any trigger), and no way to switch the triggers off.
 * Runs against whatever real PostgreSQL the suite uses (CI: external server with the roles of docs/operations.md;
 * locally: the embedded server); {@code EmbeddedDatabaseTest} checks the embedded server's own settings.
 */
@QuarkusTest
class DatabasePrivilegesTest {

    @Inject
    AuditRows audit;

    @Test
    void theApplicationRoleIsNotASuperuser() {
        assertEquals("f", audit.query("select rolsuper from pg_roles where rolname = current_user"));
        assertEquals("f", audit.query("select rolbypassrls from pg_roles where rolname = current_user"));
    }

    @Test
    void theApplicationRoleHoldsNoUpdateDeleteOrTruncatePrivilege() {
        for (String privilege : new String[] {"UPDATE", "DELETE", "TRUNCATE"}) {
            assertEquals("f", audit.query("select has_table_privilege('assessment', '" + privilege + "')"), privilege);
        }
        assertEquals("t", audit.query("select has_table_privilege('assessment', 'INSERT')"));
        assertEquals("t", audit.query("select has_table_privilege('assessment', 'SELECT')"));
    }

    @Test
    void updateDeleteAndTruncateAreRefusedForLackOfPrivilege() {
        for (String sql : new String[] {
            "update assessment set outcome = 'X'",
            "delete from assessment",
            "truncate assessment",
            "alter table assessment disable trigger all",
            "drop table assessment"
        }) {
            SQLException e = audit.tryExecute(sql).orElseThrow(() -> new AssertionError(sql + " was allowed"));
            assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        }
    }

    @Test
    void theReplicationRoleBypassOfTheTriggersIsRefused() {
        SQLException e = audit.tryExecute("set session_replication_role = replica")
                .orElseThrow(() -> new AssertionError("session_replication_role could be set"));
        assertEquals("42501", e.getSQLState(), e.getMessage());
        SQLException local = audit.tryExecute(
                        "begin; set local session_replication_role = replica; delete from assessment; commit")
                .orElseThrow(() -> new AssertionError("the bypass went through"));
        assertTrue(local.getSQLState().equals("42501"), local.getMessage());
    }
}
