package org.idds.cds.kernel;

/** What kind of document an evidence source is. */
public enum SourceKind {
    GUIDELINE,
    LABEL,
    STUDY,
    SEED,
    /** A manufacturer page, review or summary consulted instead of the primary document. */
    SECONDARY
}
