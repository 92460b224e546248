package org.idds.cds.ruleset;

import org.idds.cds.kernel.Concern;

/**
 * A data file of one concern that the ruleset carries as text (for example {@code selection/outcomes.json}: the
 * verdict policy and the clinician-facing wording). The concern parses and checks it (see
 * {@link ConcernVocabulary#problems}); the ruleset hashes it with everything else.
 */
public record ConcernFile(Concern concern, String path, String content) {}
