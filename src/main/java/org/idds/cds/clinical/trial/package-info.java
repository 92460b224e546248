/**
 * The intrathecal trial protocols as typed, governed data ({@code trial-protocols/<id>.json}), framework-free. They
 * live here, beside the other clinical knowledge, and not in the trial concern ({@code org.idds.cds.trial}) because the
 * ruleset loader builds and checks them at load and may not know a concern (ArchitectureTest); the trial concern will
 * read them from {@code Ruleset.trialProtocols()}.
 *
 * <p>Dose ranges, the handling of systemic opioids and the success criteria are site policy ({@link SitePolicy}: the
 * cited figures, no default, decision 0008); only monitoring is stricter by default (the observation policy with the
 * longest minimum duration is the default).
 */
package org.idds.cds.clinical.trial;
