package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.idds.cds.security.UnsafeDirectoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No shared writable path: the PostgreSQL binaries are unpacked into and run from a private directory beside the
 * data directory (never the library's world-writable {@code /tmp/embedded-pg}, where another local user could plant
 * a {@code postgres}), and a data directory below a world-writable directory stops the start. No server is started.
 */
class EmbeddedDatabaseDirectoriesTest {

    @TempDir
    Path temp;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theBinariesGoIntoAPrivateDirectoryBesideTheDataDirectoryNotTheSharedTmp() throws Exception {
        Path data = temp.resolve("data/postgres");
        Path binaries = EmbeddedDatabase.binariesDirectory(data);

        Path privateParent = temp.resolve("data").resolve(EmbeddedDatabase.PRIVATE_PARENT);
        assertEquals(privateParent.resolve("binaries"), binaries);
        assertEquals("rwx------", mode(privateParent), "only the service user can reach the binaries");
        assertFalse(binaries.startsWith(data), "never inside the data directory (initdb needs it empty)");
        assertFalse(binaries.startsWith(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg")));
        assertFalse(binaries.startsWith(Path.of("/tmp/embedded-pg")));
    }

    @Test
    void aPrivateDirectoryOpenedUpMeanwhileIsClosedAgain() throws Exception {
        Path privateParent = Files.createDirectories(temp.resolve("data").resolve(EmbeddedDatabase.PRIVATE_PARENT));
        Files.setPosixFilePermissions(privateParent, PosixFilePermissions.fromString("rwxrwxrwx"));
        EmbeddedDatabase.binariesDirectory(temp.resolve("data/postgres"));
        assertEquals("rwx------", mode(privateParent));
    }

    @Test
    void aSymbolicLinkInPlaceOfThePrivateDirectoryIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(temp.resolve("data"));
        Files.createSymbolicLink(temp.resolve("data").resolve(EmbeddedDatabase.PRIVATE_PARENT), elsewhere);
        assertThrows(
                UnsafeDirectoryException.class,
                () -> EmbeddedDatabase.binariesDirectory(temp.resolve("data/postgres")));
    }

    @Test
    void aDataDirectoryBelowAWorldWritableDirectoryStopsTheStartNamingIt() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path data = shared.resolve("postgres");

        UnsafeDirectoryException e = assertThrows(UnsafeDirectoryException.class, () -> EmbeddedDatabase.open(data));
        assertTrue(e.getMessage().contains(shared + " is writable by every user"), e.getMessage());
        assertFalse(Files.exists(data), "nothing is created there");
        assertFalse(Files.exists(shared.resolve(EmbeddedDatabase.PRIVATE_PARENT)), "no binaries are unpacked there");
    }
}
