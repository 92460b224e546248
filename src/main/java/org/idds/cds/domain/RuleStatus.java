package org.idds.cds.domain;

/** Governance lifecycle of a rule. Only ACTIVE rules may be in a released ruleset. */
public enum RuleStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
