package org.idds.cds.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the group-commit audit writer and of the database readiness check ({@code idds.audit.*}). */
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
     * How long the writer waits for any answer from the server on its own connection before it drops it (pgjdbc
     * network timeout; the pool's is 5 s). Longer than {@link #callerTimeout()}: the callers' timeout decides who
     * gets a 503, and a COMMIT cut short by the writer while its callers still wait (a slow fsync, a checkpoint)
     * would turn a commit that may still land into an unknown outcome and a reconnection at the worst moment. This
     * limit only unsticks the writer when the server is frozen or gone, so the queue behind it moves once the
     * database is back. The writer refuses to start unless it is longer than the caller timeout.
     */
    @WithDefault("15s")
    Duration writerSocketTimeout();

    /**
     * Readiness ({@code /q/health/ready}) answers DOWN when the database has not answered a round trip within this
     * time; the probe goes on in the background and the next check reuses it, so a frozen database never piles up
     * probes.
     */
    @WithDefault("2s")
    Duration readinessTimeout();

    /**
     * Where the audit chain's head is kept outside the database ({@code IDDS_AUDIT_HEAD_FILE}); default {@code
     * audit-head} beside the embedded data directory ({@code data/audit-head}).
     */
    Optional<String> headFile();

    /** The head file is rewritten at most this often (and at shutdown). */
    @WithDefault("1s")
    Duration headWriteInterval();
}
