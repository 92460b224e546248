package org.idds.cds.clinical;

import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Verification;

/**
 * Peri-procedural hold for a high bleeding-risk neuraxial procedure (IDDS implant), under the site policy named in
 * {@code policy}, with the alternative the policy rejected, so both sources stay visible.
 */
public record HoldAdvice(
        Quantity stopBefore,
        Quantity restartAfter,
        String policy,
        String policyNote,
        Verification verification,
        List<Citation> citations) {}
