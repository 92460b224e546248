package org.idds.cds.security;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every directory on the way to a directory the service keeps secrets or programs in (its key directory, the
 * embedded database's data and binaries): whoever can write to one of them can swap what lies below it.
 *
 * <ul>
 * <li>world-writable without the sticky bit: refused ({@link UnsafeDirectoryException} naming the directory);</li>
 * <li>group-writable without the sticky bit: a warning (OpenShift, for one, runs containers with group write on purpose).</li>
 * </ul>
 * Both the path as given and the path its symbolic links lead to are checked. Directories that do not exist yet are
 * skipped (check again after creating them). On a file system without POSIX modes nothing is checked.
 */
public final class DirectoryChain {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final int STICKY = 01000;
    private static final int GROUP_WRITE = 00020;
    private static final int OTHERS_WRITE = 00002;

    private static final System.Logger LOG = System.getLogger(DirectoryChain.class.getName());

    private DirectoryChain() {}

    /**
     * Refuses {@code directory} ({@code purpose} names it in the message, e.g. "key directory") when it or one of its
     * parents is writable by everyone without the sticky bit; logs and returns a warning for each group-writable one.
     */
    public static List<String> check(Path directory, String purpose) {
        List<String> warnings = new ArrayList<>();
        for (Path each : chain(directory)) {
            int mode;
            try {
                mode = ((Number) Files.getAttribute(each, "unix:mode")).intValue();
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return warnings; // no POSIX modes here
            } catch (IOException e) {
                continue; // vanished meanwhile
            }
            if ((mode & OTHERS_WRITE) != 0 && (mode & STICKY) == 0) {
                throw new UnsafeDirectoryException("the " + purpose + " " + directory + " is unsafe: " + each
                        + " is writable by every user of this machine (mode " + octal(mode)
                        + ") without the sticky bit, so anyone could replace what lies below it; run 'chmod o-w "
                        + each + "' or choose a directory only the service's user can write to");
            }
            if ((mode & GROUP_WRITE) != 0 && (mode & STICKY) == 0) {
                String warning = "the " + purpose + " " + directory + ": " + each + " is group-writable (mode "
                        + octal(mode) + "); every member of its group could replace what lies below it";
                warnings.add(warning);
                LOG.log(System.Logger.Level.WARNING, warning);
            }
        }
        return warnings;
    }

    /**
     * Creates {@code directory} with mode 700, or accepts an existing one only if it is a real directory (not a
     * symbolic link) owned by this process's user; its mode is then set back to 700. Returns it.
     */
    public static Path ensurePrivate(Path directory, String purpose) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        if (Files.getFileAttributeView(dir.getParent(), PosixFileAttributeView.class) == null) {
            return Files.createDirectories(dir);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException exists) {
            // checked below
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeDirectoryException(
                    "the " + purpose + " " + dir + " is not a directory (a symbolic link?); remove it");
        }
        UserPrincipal owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal self = currentUser(dir);
        if (!owner.equals(self)) {
            throw new UnsafeDirectoryException("the " + purpose + " " + dir + " belongs to " + owner.getName()
                    + ", not to the service's user " + self.getName() + "; remove it");
        }
        if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        }
        return dir;
    }

    /** The user this process runs as (the owner of a file it has just created). */
    private static UserPrincipal currentUser(Path near) throws IOException {
        Path probe = Files.createTempFile(near, ".owner", ".tmp");
        try {
            return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** The existing directories from the root down to {@code directory}, as written and as resolved. */
    static Set<Path> chain(Path directory) {
        Set<Path> chain = new LinkedHashSet<>();
        Path absolute = directory.toAbsolutePath().normalize();
        for (Path each = absolute; each != null; each = each.getParent()) {
            if (Files.isDirectory(each, LinkOption.NOFOLLOW_LINKS)) {
                chain.add(each);
            }
            if (Files.exists(each)) {
                try {
                    for (Path real = each.toRealPath(); real != null; real = real.getParent()) {
                        chain.add(real);
                    }
                } catch (IOException e) {
                    // vanished meanwhile
                }
            }
        }
        return chain;
    }

    private static String octal(int mode) {
        return String.format("%04o", mode & 07777);
    }
}
