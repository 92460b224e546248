package org.idds.cds.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every directory on the way to a secret: world-writable without the sticky bit refused, group-writable warned. */
class DirectoryChainTest {

    @TempDir
    Path temp;

    private static void chmod(String mode, Path path) throws Exception {
        assertEquals(
                0, new ProcessBuilder("chmod", mode, path.toString()).start().waitFor());
    }

    @Test
    void aWorldWritableDirectoryAnywhereOnThePathIsRefused() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Path deep = Files.createDirectories(shared.resolve("a/b"));
        chmod("777", shared);
        UnsafeDirectoryException e =
                assertThrows(UnsafeDirectoryException.class, () -> DirectoryChain.check(deep, "key directory"));
        assertTrue(e.getMessage().contains("key directory " + deep), e.getMessage());
        assertTrue(e.getMessage().contains(shared + " is writable by every user"), e.getMessage());
        assertThrows(
                UnsafeDirectoryException.class,
                () -> DirectoryChain.check(shared.resolve("not-yet/created"), "key directory"),
                "the existing part of a path still to be created is checked");
    }

    @Test
    void aWorldWritableDirectoryReachedThroughASymbolicLinkIsRefused() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("shared/keys"));
        chmod("777", shared.getParent());
        Path safe = Files.createDirectories(temp.resolve("safe"));
        Path link = Files.createSymbolicLink(safe.resolve("keys"), shared);
        assertThrows(UnsafeDirectoryException.class, () -> DirectoryChain.check(link, "key directory"));
    }

    @Test
    void aStickyWorldWritableDirectoryLikeTmpIsAccepted() throws Exception {
        Path sticky = Files.createDirectories(temp.resolve("tmp"));
        chmod("1777", sticky);
        Path keys = Files.createDirectories(sticky.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        assertEquals(List.of(), DirectoryChain.check(keys, "key directory"));
    }

    @Test
    void aGroupWritableDirectoryIsAWarning() throws Exception {
        Path group = Files.createDirectories(temp.resolve("group"));
        chmod("775", group);
        Path keys = Files.createDirectories(group.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        List<String> warnings = DirectoryChain.check(keys, "key directory");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(group + " is group-writable"), warnings.get(0));
    }

    @Test
    void aPrivateDirectoryIsCreatedOwnerOnly() throws Exception {
        Path dir = DirectoryChain.ensurePrivate(temp.resolve("private"), "test directory");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }
}
