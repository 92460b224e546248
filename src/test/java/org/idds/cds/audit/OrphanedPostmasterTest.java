package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idds.cds.audit.OrphanedPostmaster.PidFile;
import org.idds.cds.audit.OrphanedPostmaster.ProcessFacts;
import org.idds.cds.audit.OrphanedPostmaster.ProcessTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stale {@code postmaster.pid} must never make the service signal a process that is not its own postmaster: only
 * a {@code postgres} started with {@code -D} on this data directory, by this user, when the pid file says, counts.
 */
@Timeout(60)
class OrphanedPostmasterTest {

    private static final long PID = 4242;
    private static final Instant STARTED = Instant.parse("2026-12-06T05:00:00Z");

    @TempDir
    Path temp;

    private Path dataDirectory() throws Exception {
        return Files.createDirectories(temp.resolve("postgres")).toRealPath();
    }

    private static void writePidFile(Path dataDirectory, long pid, Instant started) throws Exception {
        Files.writeString(
                dataDirectory.resolve("postmaster.pid"),
                pid + "\n" + dataDirectory + "\n" + started.getEpochSecond() + "\n5432\n/tmp\n127.0.0.1\n"
                        + "  5432001    131072\nready   \n");
    }

    private static ProcessTable table(long pid, ProcessFacts facts, String ownUser) {
        return new ProcessTable() {
            @Override
            public Optional<ProcessFacts> live(long candidate) {
                return candidate == pid ? Optional.of(facts) : Optional.empty();
            }

            @Override
            public Optional<String> ownUser() {
                return Optional.of(ownUser);
            }
        };
    }

    private static ProcessFacts postgres(Path dataDirectory, String owner, Instant started) {
        return new ProcessFacts(
                Optional.of(List.of(
                        "/srv/idds/data/.idds-embedded-pg/work/PG-abc/bin/postgres",
                        "-D",
                        dataDirectory.toString(),
                        "-p",
                        "5432",
                        "-F")),
                Optional.of(owner),
                Optional.of(started));
    }

    private static boolean matches(Path dataDirectory, ProcessFacts facts) {
        PidFile pidFile = PidFile.read(dataDirectory).orElseThrow();
        return OrphanedPostmaster.isPostmasterOf(dataDirectory, pidFile, facts, Optional.of("idds"));
    }

    @Test
    void ourOwnOrphanedPostmasterIsRecognised() throws Exception {
        Path dir = dataDirectory();
        writePidFile(dir, PID, STARTED);
        ProcessFacts orphan = postgres(dir, "idds", STARTED.plusSeconds(1));
        assertTrue(matches(dir, orphan));
        // through the lookup, with a pid that is alive (this JVM's) described by the fake process table
        long livePid = ProcessHandle.current().pid();
        writePidFile(dir, livePid, STARTED);
        assertEquals(
                Optional.of(livePid),
                OrphanedPostmaster.runningPid(dir, table(livePid, orphan, "idds"))
                        .map(ProcessHandle::pid));
        assertEquals(
                Optional.empty(),
                OrphanedPostmaster.runningPid(dir, table(livePid, orphan, "someone-else")),
                "not when we run as another user");
        ProcessFacts concatenated = new ProcessFacts(
                Optional.of(List.of("postgres", "-D" + dir)), Optional.of("idds"), Optional.of(STARTED));
        assertTrue(matches(dir, concatenated), "-D<dir> as one argument");
    }

    @Test
    void aPostgresOnAnotherDataDirectoryIsNotOurs() throws Exception {
        Path dir = dataDirectory();
        writePidFile(dir, PID, STARTED);
        Path other = Files.createDirectories(temp.resolve("other"));
        assertFalse(matches(dir, postgres(other, "idds", STARTED)));
    }

    @Test
    void aPostgresOfAnotherUserIsNotOurs() throws Exception {
        Path dir = dataDirectory();
        writePidFile(dir, PID, STARTED);
        assertFalse(matches(dir, postgres(dir, "postgres", STARTED)));
    }

    @Test
    void aProcessStartedAtAnotherTimeThanThePidFileSaysIsNotOurs() throws Exception {
        Path dir = dataDirectory();
        writePidFile(dir, PID, STARTED);
        assertFalse(matches(dir, postgres(dir, "idds", STARTED.plusSeconds(3600))), "pid reused after a reboot");
        assertFalse(matches(dir, postgres(dir, "idds", STARTED.minusSeconds(60))));
    }

    @Test
    void aProcessWhoseCommandCannotBeReadIsNeverSignalled() throws Exception {
        Path dir = dataDirectory();
        writePidFile(dir, PID, STARTED);
        assertFalse(matches(dir, new ProcessFacts(Optional.empty(), Optional.of("idds"), Optional.of(STARTED))));
        assertFalse(matches(dir, new ProcessFacts(Optional.of(List.of()), Optional.of("idds"), Optional.of(STARTED))));
        assertFalse(
                matches(
                        dir,
                        new ProcessFacts(
                                postgres(dir, "idds", STARTED).commandLine(), Optional.empty(), Optional.of(STARTED))),
                "owner unknown");
        assertFalse(
                matches(
                        dir,
                        new ProcessFacts(
                                postgres(dir, "idds", STARTED).commandLine(), Optional.of("idds"), Optional.empty())),
                "start time unknown");
    }

    @Test
    void anotherProgramNamingTheDataDirectoryIsNotOurs() throws Exception {
        Path dir = dataDirectory();
        writePidFile(dir, PID, STARTED);
        assertFalse(matches(
                dir,
                new ProcessFacts(
                        Optional.of(List.of("/usr/bin/rsync", "-D", dir.toString())),
                        Optional.of("idds"),
                        Optional.of(STARTED))));
    }

    @Test
    void anUnrelatedLiveProcessNamedByAStalePidFileSurvivesTheRecovery() throws Exception {
        Path dir = dataDirectory();
        // the case: a live process whose executable ends in "postgres", of the same user, started when the
        // stale pid file says; only its command line (no -D on this data directory) tells it apart
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path fakePostgres = Files.createSymbolicLink(
                bin.resolve("postgres"), Path.of("/bin/sleep").toRealPath());
        Process unrelated = new ProcessBuilder(fakePostgres.toString(), "300").start();
        try {
            ProcessHandle handle = unrelated.toHandle();
            Instant started = handle.info().startInstant().orElseThrow();
            writePidFile(dir, handle.pid(), started);

            assertTrue(OrphanedPostmaster.runningPid(dir).isEmpty(), "not taken for the postmaster");
            OrphanedPostmaster.stopIfRunning(dir);

            Thread.sleep(300);
            assertTrue(unrelated.isAlive(), "the unrelated process was not signalled");
        } finally {
            unrelated.destroyForcibly();
        }
    }
}
