package org.idds.cds.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the group-commit audit writer ({@code idds.audit.*}). */
@ConfigMapping(prefix = "idds.audit")
public interface AuditConfig {

    /** Rows waiting to be written; when full, new assessments answer 503 at once. */
    @WithDefault("2048")
    int queueCapacity();

    /** Most rows committed in one transaction. */
    @WithDefault("128")
    int maxBatch();

    /** How long a caller waits for its row to be durable before it answers 503. */
    @WithDefault("10s")
    Duration callerTimeout();

    /** Pause between reconnection attempts after a database outage. */
    @WithDefault("500ms")
    Duration reconnectBackoff();

    /**
     * Where the audit chain's head is kept outside the database ({@code IDDS_AUDIT_HEAD_FILE}); default {@code
     * audit-head} beside the embedded data directory ({@code data/audit-head}).
     */
    Optional<String> headFile();

    /** The head file is rewritten at most this often (and at shutdown). */
    @WithDefault("1s")
    Duration headWriteInterval();
}
