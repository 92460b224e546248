package org.idds.cds.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the audit table of the real test database directly, bypassing the application's own store: as the
 * application role (the service's own datasource) or as the owner role (the migrations' user, for tests that need
 * to break the schema on purpose).
 */
@ApplicationScoped
public class AuditRows {

    @Inject
    AgroalDataSource dataSource;

    public long count() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from assessment")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Map<String, String>> row(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select * from assessment where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnName(i), r.getString(i));
                }
                return Optional.of(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A column's bytes (bytea), if the row exists. */
    public Optional<byte[]> bytes(UUID id, String column) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + column + " from assessment where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a statement as the application role on a connection of its own (not the service's pool: a failed
     * explicit transaction must not leave a pooled connection aborted); the exception if it failed, else empty.
     */
    public Optional<SQLException> tryExecute(String sql) {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getValue("quarkus.datasource.password", String.class));
                Statement s = c.createStatement()) {
            s.execute(sql);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e);
        }
    }

    /** A gzip-compressed body column (request_raw, request_parsed, response_body) as UTF-8 text. */
    public Optional<String> body(UUID id, String column) {
        return bytes(id, column).map(b -> {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Runs a statement as the owner role (the migrations' user). */
    public Optional<SQLException> tryExecuteAsOwner(String sql) {
        try (Connection c = ownerConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e);
        }
    }

    /** A single-row query's first column, as the application role. */
    public String query(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection ownerConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
