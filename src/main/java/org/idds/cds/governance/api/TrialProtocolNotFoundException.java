package org.idds.cds.governance.api;

/** No trial protocol of the active ruleset has this id. */
public final class TrialProtocolNotFoundException extends RuntimeException {
    TrialProtocolNotFoundException(String id) {
        super("no trial protocol " + id);
    }
}
