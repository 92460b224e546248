/** The trial concern's HTTP endpoints: trial evaluations (and trial planning), audited and replayable. */
package org.idds.cds.trial.api;
