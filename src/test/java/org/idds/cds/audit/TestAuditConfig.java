package org.idds.cds.audit;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** The audit writer's defaults, for tests that build it without Quarkus. */
record TestAuditConfig(
        int queueCapacity,
        int maxBatch,
        Duration callerTimeout,
        Duration reconnectBackoff,
        Duration writerSocketTimeout,
        Duration readinessTimeout)
        implements AuditConfig {
    static final TestAuditConfig DEFAULTS =
            new TestAuditConfig(2048, 128, Duration.ofSeconds(10), Duration.ofMillis(500));

    TestAuditConfig(int queueCapacity, int maxBatch, Duration callerTimeout, Duration reconnectBackoff) {
        this(
                queueCapacity,
                maxBatch,
                callerTimeout,
                reconnectBackoff,
                callerTimeout.plusSeconds(5),
                Duration.ofSeconds(2));
    }

    /** A new file under target/ for each writer (never the working directory's data/). */
    @Override
    public Optional<String> headFile() {
        return Optional.of("target/audit-heads/" + UUID.randomUUID());
    }

    @Override
    public Duration headWriteInterval() {
        return Duration.ofSeconds(1);
    }
}
