package org.idds.cds.audit;

/** A kept chain head that is not {@code <seq>:<64 hex digits>}. */
public class MalformedChainHeadException extends RuntimeException {

    public MalformedChainHeadException(String message) {
        super(message);
    }
}
