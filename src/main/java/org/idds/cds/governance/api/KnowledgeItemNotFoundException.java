package org.idds.cds.governance.api;

/** No governed item of this kind (a rule, a trial protocol) of the active ruleset has this id. */
public final class KnowledgeItemNotFoundException extends RuntimeException {

    private final String kind;

    KnowledgeItemNotFoundException(String kind, String id) {
        super("no " + kind + " " + id);
        this.kind = kind;
    }

    /** What was looked for, as a reviewer names it ({@code rule}, {@code trial protocol}). */
    String kind() {
        return kind;
    }
}
