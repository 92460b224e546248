package org.idds.cds.kernel;

import java.util.Optional;

/**
 * A pointer into an evidence source: the locator (section, table, consensus point), the grade or certainty
 * where the source gives one, and whether the cited content was read in that source.
 */
public record Citation(String sourceKey, String locator, Optional<String> grade, Verification verification) {}
