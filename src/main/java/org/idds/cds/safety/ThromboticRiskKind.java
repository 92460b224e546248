package org.idds.cds.safety;

/** What makes stopping an antithrombotic a thrombotic risk. */
public enum ThromboticRiskKind {
    VENOUS_THROMBOEMBOLISM,
    MECHANICAL_HEART_VALVE,
    CORONARY_STENT
}
