package org.idds.cds.security;

/** A directory the service would trust can be changed by other users of the machine; the message names it. */
public final class UnsafeDirectoryException extends RuntimeException {
    public UnsafeDirectoryException(String message) {
        super(message);
    }
}
