package org.idds.cds.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A postmaster that still runs on a data directory (read from its {@code postmaster.pid}), for example after the
 * service was killed with SIGKILL: the embedded server is a separate process and outlives it.
 *
 * <p>A pid file can be stale (the machine rebooted, the pid now belongs to something else), so a process counts as
 * this data directory's postmaster only when all of these hold, and is never signalled otherwise:
 * <ul>
 * <li>its command line can be read, its program is {@code postgres}, and it was started with {@code -D} naming this
 * data directory;</li>
 * <li>it runs as the same user as this JVM;</li>
 * <li>it started when the pid file says the postmaster started (line 3, epoch seconds), within
 * {@link #START_TIME_TOLERANCE}.</li>
 * </ul>
 */
final class OrphanedPostmaster {

    static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);

    /** What can be read of a live process; an empty field could not be read. */
    record ProcessFacts(Optional<List<String>> commandLine, Optional<String> owner, Optional<Instant> started) {}

    /** The processes of this machine: {@code /proc} and {@link ProcessHandle}, or a fake in tests. */
    interface ProcessTable {
        /** The facts of process {@code pid} if it is alive. */
        Optional<ProcessFacts> live(long pid);

        /** The user this JVM runs as. */
        Optional<String> ownUser();
    }

    /** The lines of {@code postmaster.pid} that identify the postmaster. */
    record PidFile(long pid, Path dataDirectory, Optional<Instant> started) {

        static Optional<PidFile> read(Path dataDirectory) {
            List<String> lines;
            try {
                lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            if (lines.size() < 2) {
                return Optional.empty();
            }
            try {
                Optional<Instant> started = lines.size() < 3
                        ? Optional.empty()
                        : Optional.of(Instant.ofEpochSecond(
                                Long.parseLong(lines.get(2).trim())));
                return Optional.of(new PidFile(
                        Long.parseLong(lines.get(0).trim()),
                        Path.of(lines.get(1).trim()),
                        started));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    static final ProcessTable SYSTEM = new ProcessTable() {
        @Override
        public Optional<ProcessFacts> live(long pid) {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .map(p -> new ProcessFacts(
                            commandLine(p), p.info().user(), p.info().startInstant()));
        }

        @Override
        public Optional<String> ownUser() {
            return ProcessHandle.current().info().user();
        }

        /** {@code /proc/<pid>/cmdline} where there is one, else what the JVM can tell (e.g. macOS). */
        private Optional<List<String>> commandLine(ProcessHandle process) {
            Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
            if (Files.isDirectory(Path.of("/proc", "self"))) {
                try {
                    byte[] bytes = Files.readAllBytes(proc);
                    List<String> arguments = new ArrayList<>();
                    int from = 0;
                    for (int i = 0; i < bytes.length; i++) {
                        if (bytes[i] == 0) {
                            arguments.add(new String(bytes, from, i - from, StandardCharsets.UTF_8));
                            from = i + 1;
                        }
                    }
                    if (from < bytes.length) {
                        arguments.add(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
                    }
                    return arguments.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(arguments));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
            ProcessHandle.Info info = process.info();
            return info.command()
                    .flatMap(command -> info.arguments().map(arguments -> {
                        List<String> all = new ArrayList<>();
                        all.add(command);
                        all.addAll(List.of(arguments));
                        return List.copyOf(all);
                    }));
        }
    };

    private OrphanedPostmaster() {}

    /** The live postmaster serving {@code dataDirectory}, if any. */
    static Optional<ProcessHandle> runningPid(Path dataDirectory) {
        return runningPid(dataDirectory, SYSTEM);
    }

    static Optional<ProcessHandle> runningPid(Path dataDirectory, ProcessTable processes) {
        return PidFile.read(dataDirectory)
                .filter(pidFile -> sameDirectory(pidFile.dataDirectory(), dataDirectory))
                .filter(pidFile -> processes
                        .live(pidFile.pid())
                        .filter(process -> isPostmasterOf(dataDirectory, pidFile, process, processes.ownUser()))
                        .isPresent())
                .flatMap(pidFile -> ProcessHandle.of(pidFile.pid()));
    }

    /** Whether {@code process} is the postmaster that wrote {@code pidFile} for {@code dataDirectory}. */
    static boolean isPostmasterOf(Path dataDirectory, PidFile pidFile, ProcessFacts process, Optional<String> ownUser) {
        List<String> commandLine = process.commandLine().orElse(List.of());
        if (commandLine.isEmpty() || !programName(commandLine.get(0)).equals("postgres")) {
            return false;
        }
        if (!servesDirectory(commandLine, dataDirectory)) {
            return false;
        }
        if (ownUser.isEmpty() || !ownUser.equals(process.owner())) {
            return false;
        }
        if (pidFile.started().isEmpty() || process.started().isEmpty()) {
            return false;
        }
        Duration apart = Duration.between(
                        pidFile.started().get(), process.started().get())
                .abs();
        return apart.compareTo(START_TIME_TOLERANCE) <= 0;
    }

    private static String programName(String argumentZero) {
        int slash = argumentZero.lastIndexOf('/');
        return argumentZero.substring(slash + 1);
    }

    /** {@code -D <dir>} or {@code -D<dir>} naming {@code dataDirectory}. */
    private static boolean servesDirectory(List<String> commandLine, Path dataDirectory) {
        for (int i = 1; i < commandLine.size(); i++) {
            String argument = commandLine.get(i);
            String named = null;
            if (argument.equals("-D") && i + 1 < commandLine.size()) {
                named = commandLine.get(i + 1);
            } else if (argument.startsWith("-D") && argument.length() > 2) {
                named = argument.substring(2);
            }
            if (named != null) {
                try {
                    Path path = Path.of(named);
                    if (path.isAbsolute() && sameDirectory(path, dataDirectory)) {
                        return true;
                    }
                } catch (RuntimeException invalid) {
                    // not a path
                }
            }
        }
        return false;
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
            if (runningPid(dataDirectory)
                    .filter(p -> p.pid() == postmaster.pid())
                    .isEmpty()) {
                LOG.info("embedded PostgreSQL: previous postmaster stopped");
                return;
            }
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
