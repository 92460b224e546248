package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;

/** Oral morphine equivalent: OME (mg/d) = daily dose expressed in {@code per} x {@code factor}. */
public record OmeConversion(Unit per, BigDecimal factor, Verification verification, List<Citation> citations) {}
