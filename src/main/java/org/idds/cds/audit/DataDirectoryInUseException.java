package org.idds.cds.audit;

import java.nio.file.Path;

/**
 * The embedded data directory already has a running server: another service (or another start in this process) holds
 * it. The embedded database serves one instance per data directory; more than one instance needs an external
 * PostgreSQL.
 */
public final class DataDirectoryInUseException extends RuntimeException {
    public DataDirectoryInUseException(Path dataDirectory) {
        super("the embedded database data directory " + dataDirectory
                + " is in use by another running service; the embedded database serves one instance per data"
                + " directory (stop the other one, give this one its own IDDS_EMBEDDED_DATA_DIR, or run every"
                + " instance on an external PostgreSQL: docs/operations.md, \"More than one machine\")");
    }
}
