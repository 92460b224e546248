package org.idds.cds.selection;

/** Localized (segmental, e.g. pelvic, chest wall, plexopathy) or diffuse (e.g. widespread bone metastases). */
public enum PainDistribution {
    LOCALIZED,
    DIFFUSE
}
