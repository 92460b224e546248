package org.idds.cds.trial;

/** The route a trial drug was given by. An epidural dose is not an intrathecal dose (about ten times as much). */
public enum TrialRoute {
    INTRATHECAL,
    EPIDURAL;

    /** As the trial protocols name their routes. */
    public String protocolName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
