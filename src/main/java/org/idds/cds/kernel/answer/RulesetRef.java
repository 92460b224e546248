package org.idds.cds.kernel.answer;

/** The ruleset an answer was made with: its id, version and content hash (the hash its ruleset text is served under). */
public record RulesetRef(String id, String version, String contentHash) {}
