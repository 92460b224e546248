package org.idds.cds.selection;

/**
 * PACC 2016 cancer categories folded to what candidacy needs: active or progressive cancer (PACC categories 1-2),
 * cancer in remission or treated with curative intent (category 3, treated like non-cancer pain), and non-cancer pain.
 */
public enum CancerStatus {
    ACTIVE_CANCER,
    REMISSION_OR_CURATIVE_INTENT,
    NON_CANCER
}
