/**
 * The trial concern, framework-free (issue 18): an intrathecal trial evaluated against the site's cited success
 * policy (the relief at each time point, the criteria met, not met or not recorded, the next step), and the trial's
 * planning. Its rules are {@code rules/trial/<topic>/}, its outcomes file {@code rules/trial/outcomes.json}; it
 * imports no other concern.
 */
package org.idds.cds.trial;
