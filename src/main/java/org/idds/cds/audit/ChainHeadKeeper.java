package org.idds.cds.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps the audit chain's head outside the database, for {@code bin/verify-audit}: the audit writer reports the head
 * after each committed batch (one indexed query); the head file is rewritten at most once per {@code
 * idds.audit.head-write-interval} and at shutdown, and the head is logged (INFO, no patient data) at most once a
 * minute when it moved.
 *
 * <p>The file is evidence, so it is never overwritten with a head that does not extend it: when the database no
 * longer holds the kept head (checked once, after the first commit) or the head moves backwards, an ERROR is logged
 * and the file is left as it is.
 */
final class ChainHeadKeeper {

    private static final Logger LOG = Logger.getLogger(ChainHeadKeeper.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);
    private static final String HEAD = "select seq, row_hash from assessment_chain order by seq desc limit 1";
    private static final String AT = "select row_hash from assessment_chain where seq = ?";

    private final Path file;
    private final Duration writeInterval;
    private volatile ChainHead latest;
    private ChainHead written;
    private ChainHead logged;
    private Instant lastWrite = Instant.EPOCH;
    private Instant lastLog = Instant.EPOCH;
    private boolean keptChecked;
    private boolean frozen;
    private boolean writeFailureLogged;

    ChainHeadKeeper(Path file, Duration writeInterval) {
        this.file = file;
        this.writeInterval = writeInterval;
    }

    /** The newest head seen, if any. */
    Optional<ChainHead> latest() {
        return Optional.ofNullable(latest);
    }

    Path file() {
        return file;
    }

    /** After a batch committed, on the writer's connection (auto-commit off): reads the head, ends the transaction. */
    void afterCommit(Connection c) throws SQLException {
        Optional<ChainHead> head = Optional.empty();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(HEAD)) {
            if (r.next()) {
                head = Optional.of(ChainHead.of(r.getLong(1), r.getBytes(2)));
            }
        }
        if (!keptChecked) {
            checkKeptHead(c);
            keptChecked = true;
        }
        c.commit();
        head.ifPresent(this::observe);
    }

    private void checkKeptHead(Connection c) throws SQLException {
        Optional<ChainHead> kept;
        try {
            kept = AuditHeadFile.read(file);
        } catch (IOException | MalformedChainHeadException e) {
            freeze("the head file " + file + " cannot be read (" + e.getMessage() + ")");
            return;
        }
        if (kept.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(AT)) {
            s.setLong(1, kept.get().seq());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    freeze("the database's chain ends before the kept head " + kept.get());
                } else if (!HexFormat.of()
                        .formatHex(r.getBytes(1))
                        .equals(kept.get().rowHash())) {
                    freeze("the database's chain differs at the kept head " + kept.get());
                } else {
                    written = kept.get();
                }
            }
        }
    }

    private void observe(ChainHead head) {
        ChainHead previous = latest;
        if (previous != null && head.seq() < previous.seq()) {
            freeze("the chain's head moved back from " + previous + " to " + head);
        }
        latest = head;
    }

    private void freeze(String why) {
        if (!frozen) {
            LOG.errorf(
                    "audit chain: %s: rewritten, or its tail deleted? The head file %s is left as it is; run"
                            + " bin/verify-audit",
                    why, file);
        }
        frozen = true;
    }

    /** Called by the writer thread whenever it wakes: writes and logs the head when due. */
    void tick() {
        Instant now = Instant.now();
        ChainHead head = latest;
        if (head == null) {
            return;
        }
        if (!head.equals(logged) && !now.isBefore(lastLog.plus(LOG_INTERVAL))) {
            LOG.infof("audit chain head %s", head);
            logged = head;
            lastLog = now;
        }
        if (!head.equals(written) && !now.isBefore(lastWrite.plus(writeInterval))) {
            writeFile(head);
            lastWrite = now;
        }
    }

    /** At shutdown: writes and logs the newest head. */
    void flush() {
        ChainHead head = latest;
        if (head == null) {
            return;
        }
        if (!head.equals(written)) {
            writeFile(head);
        }
        if (!head.equals(logged)) {
            LOG.infof("audit chain head %s", head);
            logged = head;
        }
    }

    private void writeFile(ChainHead head) {
        if (frozen) {
            return;
        }
        try {
            AuditHeadFile.write(file, head);
            written = head;
            writeFailureLogged = false;
        } catch (IOException | RuntimeException e) {
            if (!writeFailureLogged) {
                LOG.warnf(
                        "audit chain head file %s could not be written (%s)",
                        file, e.getClass().getSimpleName());
                writeFailureLogged = true;
            }
        }
    }
}
