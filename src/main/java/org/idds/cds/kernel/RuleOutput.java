package org.idds.cds.kernel;

/**
 * What a rule's right-hand side inserts: a concern's own finding type implements this, so the engine can attribute
 * it to the firing rule without knowing any concern's vocabulary.
 */
public interface RuleOutput {}
