/**
 * The MDT case: several concerns run on one patient at one moment, composed into one answer (decision 0009). This
 * package sits above the concerns: it reads their answers through small adapters ({@link
 * org.idds.cds.mdt.ConcernAnswers}) and nothing depends on it. Framework-free, like a concern's core.
 */
package org.idds.cds.mdt;
