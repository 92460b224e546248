/**
 * Dosing: an intrathecal prescription (pump, reservoir contents, basal rate, patient bolus, fill) checked against the
 * device model and the intrathecal drug library. Framework-free: every number is computed exactly (UCUM units, exact
 * ratios) and returned with its steps and the governed figures it used; the dosing rules judge the results.
 */
package org.idds.cds.dosing;
