package org.idds.cds.security;

/** The local key directory or a key in it is unusable; the message says what to do. Never carries key material. */
public final class KeyDirectoryException extends RuntimeException {
    public KeyDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
