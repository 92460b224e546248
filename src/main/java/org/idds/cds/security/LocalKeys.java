package org.idds.cds.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The installation's own RSA signing key pair, used when no external identity provider is configured: created on
 * first start, reused afterwards, never committed or shipped.
 *
 * <p>Layout of the key directory (the same as {@code bin/dev-token} writes with openssl):
 * <ul>
 *   <li>{@value #PRIVATE_KEY_FILE}: PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), mode 600, the directory 700;</li>
 *   <li>{@value #PUBLIC_KEY_FILE}: X.509 SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}), derived from the
 *       private key at every start so the two can never disagree.</li>
 * </ul>
 * A private key that the group or others can read is refused, as ssh refuses one; so is a key directory that
 * everyone can write to, or one below such a directory ({@link DirectoryChain}).
 */
public final class LocalKeys {

    public static final String PRIVATE_KEY_FILE = "private-key.pem";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";
    static final int KEY_BITS = 2048;

    private static final System.Logger LOG = System.getLogger(LocalKeys.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final KeyPair keyPair;

    private LocalKeys(Path directory, KeyPair keyPair) {
        this.directory = directory;
        this.keyPair = keyPair;
    }

    /** Loads the key pair from {@code directory}, creating it there first if it does not exist yet. */
    public static synchronized LocalKeys loadOrCreate(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            checkChain(dir);
            createDirectory(dir);
            checkChain(dir);
            Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
            if (Files.notExists(privateKey, LinkOption.NOFOLLOW_LINKS)) {
                create(privateKey);
            }
            RSAPrivateCrtKey key = readPrivateKey(privateKey);
            RSAPublicKey publicKey = publicKeyOf(key);
            writePublicKey(dir.resolve(PUBLIC_KEY_FILE), publicKey);
            return new LocalKeys(dir, new KeyPair(publicKey, key));
        } catch (IOException e) {
            throw new KeyDirectoryException(
                    "the local signing key in " + dir + " could not be created or read: " + e.getMessage(), e);
        }
    }

    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    public Path privateKeyFile() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keyPair.getPublic();
    }

    public RSAPrivateCrtKey privateKey() {
        return (RSAPrivateCrtKey) keyPair.getPrivate();
    }

    /** A fresh key pair that is not written anywhere (tests use it as a wrong signing key). */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate RSA keys", e);
        }
    }

    /** No directory on the way to the key may be writable by everyone (without the sticky bit). */
    private static void checkChain(Path dir) {
        try {
            DirectoryChain.check(dir, "key directory");
        } catch (UnsafeDirectoryException e) {
            throw new KeyDirectoryException(e.getMessage(), e);
        }
    }

    private static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir.getParent())) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } catch (FileAlreadyExistsException raced) {
                // another process created it first
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Writes a new private key to a temporary owner-only file and moves it into place without replacing: if another
     * process (the service or bin/dev-token) got there first, its key wins and this one is dropped.
     */
    private static void create(Path privateKey) throws IOException {
        KeyPair pair = generate();
        Path dir = privateKey.getParent();
        Path temporary = posix(dir)
                ? Files.createTempFile(
                        dir, ".private-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(dir, ".private-key", ".tmp");
        try {
            Files.writeString(temporary, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, privateKey);
                LOG.log(System.Logger.Level.INFO, "generated a new local signing key pair in " + dir);
            } catch (FileAlreadyExistsException raced) {
                // another process created the key at the same moment; use that one
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static RSAPrivateCrtKey readPrivateKey(Path file) throws IOException {
        if (posix(file)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY_FILE.containsAll(permissions)) {
                throw new KeyDirectoryException(
                        "the private key " + file + " can be read by others ("
                                + PosixFilePermissions.toString(permissions) + "); run 'chmod 600 " + file
                                + "' or delete it to "
                                + "have a new one generated",
                        null);
            }
        }
        byte[] der = unpem(Files.readString(file, StandardCharsets.US_ASCII), "PRIVATE KEY", file);
        try {
            if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der))
                    instanceof RSAPrivateCrtKey key) {
                return key;
            }
        } catch (GeneralSecurityException e) {
            throw new KeyDirectoryException("the private key " + file + " is not an RSA key in PKCS#8 PEM", e);
        }
        throw new KeyDirectoryException("the private key " + file + " is not an RSA key with CRT parameters", null);
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA public key could not be derived", e);
        }
    }

    private static void writePublicKey(Path file, RSAPublicKey key) throws IOException {
        String text = pem("PUBLIC KEY", key.getEncoded());
        if (Files.isRegularFile(file)
                && Files.readString(file, StandardCharsets.US_ASCII).equals(text)) {
            return;
        }
        Path temporary = Files.createTempFile(file.getParent(), ".public-key", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            if (posix(file.getParent())) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String text, String type, Path file) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new KeyDirectoryException(
                    file + " does not hold a '" + begin + "' block (PKCS#8 PEM expected)", null);
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new KeyDirectoryException(file + " is not valid PEM", e);
        }
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && Files.notExists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
