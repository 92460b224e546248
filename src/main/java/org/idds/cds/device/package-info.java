/**
 * Intrathecal delivery devices (pump models, later reservoir arithmetic), framework-free. The loader in
 * {@code org.idds.cds.ruleset} reads them from the ruleset's {@code device-model/} files.
 */
package org.idds.cds.device;
