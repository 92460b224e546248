package org.idds.cds.domain.drug;

import java.math.BigDecimal;
import java.util.List;
import org.idds.cds.domain.Citation;
import org.idds.cds.domain.Unit;
import org.idds.cds.domain.Verification;

/** Oral morphine equivalent: OME (mg/d) = daily dose expressed in {@code per} x {@code factor}. */
public record OmeConversion(Unit per, BigDecimal factor, Verification verification, List<Citation> citations) {}
