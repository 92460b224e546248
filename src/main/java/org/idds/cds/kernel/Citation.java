package org.idds.cds.kernel;

import java.util.Optional;

/**
 * A pointer into an evidence source: the locator (section, table, consensus point), the grade the source gives the
 * statement where it gives one (structured by its grading system), and whether the cited content was read in that
 * source.
 */
public record Citation(String sourceKey, String locator, Optional<EvidenceGrade> grade, Verification verification) {}
