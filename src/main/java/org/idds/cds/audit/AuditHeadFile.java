package org.idds.cds.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The audit chain's head kept outside the database: one line {@code <seq>:<hex>}, mode 600, replaced atomically.
 * Default: {@code audit-head} beside the embedded data directory ({@code data/audit-head}); {@code
 * IDDS_AUDIT_HEAD_FILE} overrides it.
 */
final class AuditHeadFile {

    static final String ENV = "IDDS_AUDIT_HEAD_FILE";
    static final String DATA_DIR_ENV = "IDDS_EMBEDDED_DATA_DIR";
    static final String DEFAULT_DATA_DIR = "data/postgres";

    private AuditHeadFile() {}

    /** {@code IDDS_AUDIT_HEAD_FILE}, else {@code audit-head} beside the embedded data directory. */
    static Path defaultPath(Map<String, String> env) {
        return Optional.ofNullable(env.get(ENV))
                .filter(f -> !f.isBlank())
                .map(Path::of)
                .orElseGet(() -> beside(embeddedDataDirectory(env)));
    }

    static Path embeddedDataDirectory(Map<String, String> env) {
        return Path.of(Optional.ofNullable(env.get(DATA_DIR_ENV))
                .filter(d -> !d.isBlank())
                .orElse(DEFAULT_DATA_DIR));
    }

    private static Path beside(Path dataDirectory) {
        Path parent = dataDirectory.toAbsolutePath().normalize().getParent();
        return (parent == null ? dataDirectory : parent).resolve("audit-head");
    }

    static Optional<ChainHead> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(ChainHead.parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    static void write(Path file, ChainHead head) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, head + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
