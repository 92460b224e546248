package org.idds.cds.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A directory the operator must fix stops the packaged service with one line naming it and exit status 1, never a
 * stack trace: here a key directory below a directory every user may write to (no sticky bit), where another local
 * user could swap the signing key.
 */
@Timeout(300)
class StartRefusalIT {

    @Test
    void aKeyDirectoryBelowAWorldWritableDirectoryStopsTheStartWithOneLine() throws Exception {
        Path home = Path.of("target", "it", "start-refusal-" + UUID.randomUUID());
        Path open = home.resolve("shared");
        Files.createDirectories(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        PackagedService service = new PackagedService(
                home,
                Map.of("IDDS_KEY_DIR", open.resolve("keys").toAbsolutePath().toString()));

        int status = service.runToExit(Duration.ofSeconds(120));

        String log = service.log();
        assertEquals(1, status, log);
        assertTrue(log.contains("IDDS refuses to start: "), log);
        assertTrue(log.contains(open.getFileName().toString()), "the message names the directory: " + log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
        assertFalse(Files.exists(open.resolve("keys").resolve("private-key.pem")), "no key written there");
    }
}
