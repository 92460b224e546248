package org.idds.cds.ruleset;

/** Governance lifecycle of a rule. Only ACTIVE rules may be in a released ruleset. */
public enum RuleStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
