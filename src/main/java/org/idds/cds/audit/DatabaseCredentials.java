package org.idds.cds.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Generated passwords of the embedded server's roles (superuser, owner, application, read-only audit reader), kept in
 * a file readable by the service's user only. Passwords are 32 characters of [A-Za-z0-9], so they are safe to write
 * into SQL. A file written before the reader role existed gets a reader password added.
 */
record DatabaseCredentials(String superuser, String owner, String app, String reader) {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabaseCredentials loadOrGenerate(Path file) throws IOException {
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
            String reader = p.containsKey("reader") ? required(p, "reader") : password();
            return new DatabaseCredentials(required(p, "superuser"), required(p, "owner"), required(p, "app"), reader);
        }
        return new DatabaseCredentials(password(), password(), password(), password());
    }

    /** The read-only audit role's password from an existing file (for bin/verify-audit). */
    static String readerPassword(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return required(p, "reader");
    }

    /** Writes the file (mode 600, atomically) unless it already exists with every entry. */
    void storeUnlessComplete(Path file) throws IOException {
        if (Files.exists(file)) {
            Properties existing = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                existing.load(in);
            }
            if (existing.containsKey("reader")) {
                return;
            }
        }
        Properties p = new Properties();
        p.setProperty("superuser", superuser);
        p.setProperty("owner", owner);
        p.setProperty("app", app);
        p.setProperty("reader", reader);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(tmp)) {
            p.store(out, "IDDS embedded PostgreSQL role passwords (generated; keep private)");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String required(Properties p, String key) throws IOException {
        String value = p.getProperty(key, "");
        if (!value.matches("[A-Za-z0-9]{16,}")) {
            throw new IOException("embedded PostgreSQL credentials file has no valid '" + key + "' entry");
        }
        return value;
    }

    private static String password() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[redacted]";
    }
}
