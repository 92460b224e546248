package org.idds.cds.audit;

import org.idds.cds.kernel.AssessmentKind;

/**
 * A stored answer this build cannot read for a replay: its answer format is unknown here (a row stored by a newer
 * build), or it is not an answer of its kind in that format. The message names the format and kind, nothing stored.
 */
public class UnreadableAnswerException extends RuntimeException {

    public UnreadableAnswerException(String format, AssessmentKind kind) {
        super("a " + kind + " answer in format '" + format + "' is not read by this build");
    }
}
