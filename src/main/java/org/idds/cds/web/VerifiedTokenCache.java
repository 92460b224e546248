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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each bearer token once, not on every request. A client sends the same token for up to an hour, and
 * verifying it (JSON parsing, base64, an RSA signature check) was about a third of the service's CPU per assessment
 * under load. A token that verified is kept, keyed by its exact text, until its own expiry time ({@code exp}, without
 * the verifier's clock-skew allowance); after that it is verified again, by the standard SmallRye verifier, which
 * also decides every token not in the cache. Refused tokens are never kept. The cache is bounded: past
 * {@link #MAX_ENTRIES} it drops expired entries, and if that is not enough, all of them.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    static final int MAX_ENTRIES = 10_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();
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
        JWTCallerPrincipal cached = verified.get(token);
        if (cached != null) {
            if (now < cached.getExpirationTime()) {
                return cached;
            }
            verified.remove(token, cached);
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        if (now < principal.getExpirationTime()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(p -> p.getExpirationTime() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(token, principal);
        }
        return principal;
    }
}
