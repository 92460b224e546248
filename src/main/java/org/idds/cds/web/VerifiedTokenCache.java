package org.idds.cds.web;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Verifies each bearer token once, not on every request. A client sends the same token for up to an hour, and
 * verifying it (JSON parsing, base64, an RSA signature check) was about a third of the service's CPU per assessment
 * under load. A token that verified is kept, keyed by its exact text, for at most {@link #MAX_AGE} and never past its
 * own expiry time ({@code exp}, without the verifier's clock-skew allowance); after that it is verified again, by the
 * standard SmallRye verifier, which also decides every token not in the cache (so a rotated key is seen within
 * {@link #MAX_AGE}). Refused tokens are never kept. The cache is bounded: past {@link #MAX_ENTRIES} it drops expired
 * entries, and if that is not enough, all of them.
 *
 * <p>A token issued in the future ({@code iat} later than now plus the verifier's clock-skew allowance) is refused
 * here: SmallRye checks a token's maximum lifetime ({@code smallrye.jwt.time-to-live}) but not that.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    static final int MAX_ENTRIES = 10_000;

    /** The longest a verified principal is served from the cache before its token is verified again. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** A verified principal and until when (epoch seconds) the cache may serve it. */
    private record Entry(JWTCallerPrincipal principal, long until) {}

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokenCache() {
        this(Clock.systemUTC());
    }

    VerifiedTokenCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        long now = clock.instant().getEpochSecond();
        Entry cached = verified.get(token);
        if (cached != null) {
            if (now < cached.until()) {
                return cached.principal();
            }
            verified.remove(token, cached);
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        Optional<Long> issuedAt = principal.claim(Claims.iat);
        if (issuedAt.isPresent() && issuedAt.get() > now + Math.max(0, context.getClockSkew())) {
            throw new ParseException("the token is issued in the future (iat later than now plus the clock skew)");
        }
        long until = Math.min(principal.getExpirationTime(), now + MAX_AGE.toSeconds());
        if (now < until) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(e -> e.until() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(token, new Entry(principal, until));
        }
        return principal;
    }
}
