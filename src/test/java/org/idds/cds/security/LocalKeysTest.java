package org.idds.cds.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation's signing keys: created once, owner-only, reused, and refused when others can read them. */
class LocalKeysTest {

    @TempDir
    Path temp;

    @Test
    void firstUseCreatesAnOwnerOnlyPrivateKeyAndAReadablePublicKey() throws Exception {
        Path dir = temp.resolve("data/keys");
        LocalKeys keys = LocalKeys.loadOrCreate(dir);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKeyFile())));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.publicKeyFile())));
        assertTrue(Files.readString(keys.privateKeyFile()).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(keys.publicKeyFile()).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertTrue(keys.publicKey().getModulus().bitLength() >= 2048);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void laterStartsReuseTheSameKey() {
        LocalKeys first = LocalKeys.loadOrCreate(temp.resolve("keys"));
        LocalKeys second = LocalKeys.loadOrCreate(temp.resolve("keys"));
        assertArrayEquals(first.privateKey().getEncoded(), second.privateKey().getEncoded());
        assertNotEquals(
                first.publicKey(),
                LocalKeys.loadOrCreate(temp.resolve("other")).publicKey(),
                "each installation has its own key");
    }

    @Test
    void theVerificationKeyIsAlwaysDerivedFromThePrivateKey() throws Exception {
        LocalKeys keys = LocalKeys.loadOrCreate(temp.resolve("keys"));
        String publicPem = Files.readString(keys.publicKeyFile());
        Files.writeString(
                keys.publicKeyFile(),
                LocalKeys.pem("PUBLIC KEY", LocalKeys.generate().getPublic().getEncoded()));
        LocalKeys.loadOrCreate(temp.resolve("keys"));
        assertEquals(publicPem, Files.readString(keys.publicKeyFile()), "a replaced public key is put back");
        Files.delete(keys.publicKeyFile());
        LocalKeys.loadOrCreate(temp.resolve("keys"));
        assertEquals(publicPem, Files.readString(keys.publicKeyFile()), "a deleted public key is written again");
    }

    @Test
    void aPrivateKeyOthersCanReadIsRefusedWithTheFix() throws Exception {
        LocalKeys keys = LocalKeys.loadOrCreate(temp.resolve("keys"));
        Files.setPosixFilePermissions(keys.privateKeyFile(), PosixFilePermissions.fromString("rw-r--r--"));
        KeyDirectoryException e =
                assertThrows(KeyDirectoryException.class, () -> LocalKeys.loadOrCreate(temp.resolve("keys")));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains("MII"), "no key material in messages");
    }

    @Test
    void aMountedKeyBehindASymbolicLinkIsJudgedByTheFileItPointsTo() throws Exception {
        LocalKeys original = LocalKeys.loadOrCreate(temp.resolve("secret"));
        Path dir = Files.createDirectories(temp.resolve("keys"));
        Files.createSymbolicLink(dir.resolve(LocalKeys.PRIVATE_KEY_FILE), original.privateKeyFile());
        assertEquals(original.publicKey(), LocalKeys.loadOrCreate(dir).publicKey());
    }

    @Test
    void somethingElseInThePrivateKeyFileIsRefusedNotReplaced() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("keys"));
        Path privateKey = Files.writeString(
                dir.resolve(LocalKeys.PRIVATE_KEY_FILE), "not a key", java.nio.charset.StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        assertThrows(KeyDirectoryException.class, () -> LocalKeys.loadOrCreate(dir));
        assertEquals("not a key", Files.readString(privateKey));
    }

    @Test
    void aKeyDirectoryEveryoneCanWriteToStopsTheStartNamingIt() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        KeyDirectoryException e =
                assertThrows(KeyDirectoryException.class, () -> LocalKeys.loadOrCreate(shared.resolve("keys")));
        assertTrue(e.getMessage().contains(shared + " is writable by every user"), e.getMessage());
        assertFalse(Files.exists(shared.resolve("keys")), "no key is written there");

        Path keys =
                LocalKeys.loadOrCreate(temp.resolve("keys")).privateKeyFile().getParent();
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxrwxrwx"));
        e = assertThrows(KeyDirectoryException.class, () -> LocalKeys.loadOrCreate(keys));
        assertTrue(e.getMessage().contains(keys + " is writable by every user"), e.getMessage());
    }
}
