package org.idds.cds.selection;

/**
 * PACC 2016 cancer categories folded to what candidacy needs: active or progressive cancer (PACC categories 1-2),
 * cancer in remission or treated with curative intent (category 3, treated like non-cancer pain), and non-cancer pain.
 * REMISSION and CURATIVE_INTENT split the combined category (kept for stored requests and the archived ruleset):
 * remission is outside this cancer-pain ruleset, curative intent stays in it with a psychological evaluation.
 */
public enum CancerStatus {
    ACTIVE_CANCER,
    REMISSION_OR_CURATIVE_INTENT,
    NON_CANCER,
    /** Cancer in remission or cured (PACC category 3): the pain is not from active cancer. */
    REMISSION,
    /** Cancer under treatment with curative intent: non-terminal, so a psychological evaluation is required. */
    CURATIVE_INTENT
}
