package org.idds.cds.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/verify-audit} ({@code java -jar quarkus-run.jar verify-audit [options]}, run by {@code Main} before
 * Quarkus starts): checks the audit's hash chain as the read-only role and prints a short report. Exit code 0 intact,
 * 1 problems found, 2 could not check (or no kept head to compare with).
 *
 * <p>Options: {@code --head <seq>:<hex>} (a head kept elsewhere, e.g. copied from the log), {@code --head-file F}
 * (default {@code IDDS_AUDIT_HEAD_FILE}, else {@code audit-head} beside the embedded data directory), {@code
 * --data-dir D} (the embedded data directory; default {@code IDDS_EMBEDDED_DATA_DIR}, else {@code data/postgres}).
 *
 * <p>Connection: with {@code IDDS_AUDIT_READER_URL} or {@code QUARKUS_DATASOURCE_JDBC_URL} set, that database as
 * {@code IDDS_AUDIT_READER_USER} (default {@value EmbeddedDatabase#READER}) with {@code IDDS_AUDIT_READER_PASSWORD}.
 * Otherwise the embedded database, which runs only while the service runs: its port is read from the running
 * server's {@code postmaster.pid}, the reader's password from the data directory's credentials file.
 *
 * <p>The allowed gap between a row's created_at and when it was recorded is {@code IDDS_AUDIT_CALLER_TIMEOUT}
 * (default 10s, the service's caller timeout) plus {@code IDDS_AUDIT_CLOCK_SKEW_ALLOWANCE} (default 60s).
 */
public final class VerifyAuditCommand {

    public static final String NAME = "verify-audit";
    static final int INTACT = 0;
    static final int PROBLEMS = 1;
    static final int NOT_CHECKED = 2;

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private VerifyAuditCommand() {}

    /** Runs the check; the exit code. {@code args} are the options after {@value #NAME}. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out) {
        try {
            Options options = Options.parse(args, env);
            Optional<ChainHead> kept =
                    options.head().isPresent() ? options.head() : AuditHeadFile.read(options.headFile());
            if (options.head().isEmpty() && kept.isEmpty()) {
                out.println("no kept head in " + options.headFile());
            }
            Duration maxLag = duration(env, "IDDS_AUDIT_CALLER_TIMEOUT", "10s")
                    .plus(duration(env, "IDDS_AUDIT_CLOCK_SKEW_ALLOWANCE", "60s"));
            try (Connection reader = connect(options, env)) {
                AuditVerifier.Report report = new AuditVerifier(maxLag).verify(reader, kept);
                out.print(report.text());
                return report.exitCode();
            }
        } catch (SQLException e) {
            out.println("verify-audit: could not check: database error, SQLSTATE " + e.getSQLState() + " ("
                    + e.getMessage() + ")");
            return NOT_CHECKED;
        } catch (IOException | IllegalArgumentException | MalformedChainHeadException | CannotConnectException e) {
            out.println("verify-audit: could not check: " + e.getMessage());
            return NOT_CHECKED;
        }
    }

    /** The command line, resolved against the environment. */
    record Options(Optional<ChainHead> head, Path headFile, Path dataDirectory) {

        static Options parse(List<String> args, Map<String, String> env) {
            Optional<ChainHead> head = Optional.empty();
            Optional<Path> headFile = Optional.empty();
            Path dataDirectory = AuditHeadFile.embeddedDataDirectory(env);
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(
                            "usage: verify-audit [--head <seq>:<hex>] [--head-file F] [--data-dir D]");
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--head" -> head = Optional.of(ChainHead.parse(value));
                    case "--head-file" -> headFile = Optional.of(Path.of(value));
                    case "--data-dir" -> dataDirectory = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            Path file = headFile.orElseGet(() -> AuditHeadFile.defaultPath(env));
            return new Options(head, file, dataDirectory);
        }
    }

    private static Connection connect(Options options, Map<String, String> env) throws SQLException, IOException {
        Optional<String> url = Optional.ofNullable(env.get("IDDS_AUDIT_READER_URL"))
                .or(() -> Optional.ofNullable(env.get(EmbeddedDatabase.URL_ENV)))
                .filter(u -> !u.isBlank());
        String user = Optional.ofNullable(env.get("IDDS_AUDIT_READER_USER"))
                .filter(u -> !u.isBlank())
                .orElse(EmbeddedDatabase.READER);
        if (url.isPresent()) {
            String password = Optional.ofNullable(env.get("IDDS_AUDIT_READER_PASSWORD"))
                    .orElseThrow(() -> new CannotConnectException("IDDS_AUDIT_READER_PASSWORD is not set"));
            return DriverManager.getConnection(url.get(), user, password);
        }
        Path dir = options.dataDirectory();
        Path pid = dir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            throw new CannotConnectException("the embedded database in " + dir
                    + " is not running (it runs only while the service runs): start the service, or set"
                    + " IDDS_AUDIT_READER_URL");
        }
        // postmaster.pid, line 4: the port the server listens on
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 4 || !lines.get(3).strip().matches("\\d{1,5}")) {
            throw new CannotConnectException(pid + " names no port");
        }
        String password = DatabaseCredentials.readerPassword(dir.resolve(EmbeddedDatabase.CREDENTIALS_FILE));
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + lines.get(3).strip() + "/" + EmbeddedDatabase.DATABASE,
                user,
                password);
    }

    /** {@code 10s}, {@code 500ms}, {@code 1m}, {@code 2h} (a bare number is seconds), or ISO-8601 {@code PT10S}. */
    static Duration duration(Map<String, String> env, String name, String fallback) {
        String text = Optional.ofNullable(env.get(name))
                .filter(v -> !v.isBlank())
                .orElse(fallback)
                .strip()
                .toLowerCase(Locale.ROOT);
        if (text.startsWith("pt")) {
            return Duration.parse(text);
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " is not a duration: " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** No way to reach the database was found. */
    static final class CannotConnectException extends RuntimeException {
        CannotConnectException(String message) {
            super(message);
        }
    }
}
