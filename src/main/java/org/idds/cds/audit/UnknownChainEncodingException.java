package org.idds.cds.audit;

/** A chain row names an encoding version this build does not know. */
public class UnknownChainEncodingException extends RuntimeException {

    public UnknownChainEncodingException(String version) {
        super("unknown audit chain encoding '" + version + "'");
    }
}
