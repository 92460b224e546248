/**
 * Units of measure by UCUM: validation, dimensions and exact conversion factors from the UCUM essence
 * ({@code org.fhir:ucum}), with exact rational arithmetic ({@link org.idds.cds.kernel.units.Ratio},
 * {@link org.idds.cds.kernel.units.Measure}) so that no dose, rate or duration is rounded on its way through a
 * calculation. Framework-free: only {@code java.*} and {@code org.fhir.ucum}. Which units a field accepts is policy
 * and stays with the caller's allow-lists.
 */
package org.idds.cds.kernel.units;
