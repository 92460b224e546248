/**
 * Intrathecal delivery devices (pump models, and the reservoir arithmetic dosing and safety share:
 * {@link org.idds.cds.device.ReservoirArithmetic}), framework-free. The loader in
 * {@code org.idds.cds.ruleset} reads them from the ruleset's {@code device-model/} files.
 */
package org.idds.cds.device;
