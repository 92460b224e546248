package org.idds.cds.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A postmaster that still runs on a data directory (read from its {@code postmaster.pid}), for example after the
 * service was killed with SIGKILL: the embedded server is a separate process and outlives it.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    /** The live postmaster serving {@code dataDirectory}, if any. */
    static Optional<ProcessHandle> runningPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Path servedDirectory = Path.of(lines.get(1).trim());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true))
                .filter(p -> sameDirectory(servedDirectory, dataDirectory));
    }

    /** Stops a postmaster left running on {@code dataDirectory}: fast shutdown, then immediate, then kill. */
    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> orphan = runningPid(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        LOG.warnf(
                "embedded PostgreSQL: a postmaster (pid %d) is still running on the data directory, left by a previous "
                        + "run of the service; shutting it down before starting a new one",
                postmaster.pid());
        for (String signal : List.of("INT", "QUIT", "KILL")) {
            signal(postmaster, signal);
            if (waitForExit(postmaster, Duration.ofSeconds(signal.equals("INT") ? 30 : 10))) {
                LOG.infof("embedded PostgreSQL: previous postmaster stopped (SIG%s)", signal);
                return;
            }
        }
        throw new IllegalStateException(
                "a previous embedded PostgreSQL (pid " + postmaster.pid() + ") could not be stopped");
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("could not signal the previous embedded PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the previous embedded PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
