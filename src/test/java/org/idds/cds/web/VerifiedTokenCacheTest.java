package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.idds.cds.security.IdentityProviderSettings;
import org.idds.cds.security.LocalKeys;
import org.idds.cds.support.LocalIdentity;
import org.idds.cds.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and then served from the cache for at most five minutes and never past its own expiry
 * time; after that it is verified again (so a rotated key is seen); a token issued in the future beyond the clock skew
 * is refused; a token that differs in any byte (a forged role) is verified on its own and refused.
 */
class VerifiedTokenCacheTest {

    private static final JWTAuthContextInfo CONTEXT = context();

    private static JWTAuthContextInfo context() {
        JWTAuthContextInfo context =
                new JWTAuthContextInfo(LocalIdentity.keys().publicKey(), IdentityProviderSettings.LOCAL_ISSUER);
        context.setExpectedAudience(Set.of(IdentityProviderSettings.LOCAL_AUDIENCE));
        return context;
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.now();

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aVerifiedTokenIsServedFromTheCacheUntilItsExpiryThenVerifiedAgain() throws Exception {
        MovableClock clock = new MovableClock();
        VerifiedTokenCache cache = new VerifiedTokenCache(clock);
        String token = Tokens.rs256(
                Tokens.claims("dr-cache", List.of(Roles.MDT_CLINICIAN)),
                LocalIdentity.keys().privateKey());

        var first = cache.parse(token, CONTEXT);
        assertEquals("dr-cache", first.getName());
        assertSame(first, cache.parse(token, CONTEXT), "the second use is not verified again");

        clock.now = Instant.ofEpochSecond(first.getExpirationTime()).plus(Duration.ofSeconds(1));
        assertNotSame(
                first,
                cache.parse(token, CONTEXT),
                "past its exp the token is verified again, not served from the cache");
    }

    @Test
    void aCachedPrincipalIsVerifiedAgainAfterItsMaximumAgeSoARotatedKeyIsSeen() throws Exception {
        MovableClock clock = new MovableClock();
        VerifiedTokenCache cache = new VerifiedTokenCache(clock);
        String token = Tokens.rs256(
                Tokens.claims("dr-cache", List.of(Roles.MDT_CLINICIAN)),
                LocalIdentity.keys().privateKey());
        Instant start = clock.now;

        var first = cache.parse(token, CONTEXT);
        clock.now = start.plus(VerifiedTokenCache.MAX_AGE).minusSeconds(1);
        assertSame(first, cache.parse(token, CONTEXT), "within its maximum age the principal is served from the cache");

        clock.now = start.plus(VerifiedTokenCache.MAX_AGE).plusSeconds(1);
        assertNotSame(first, cache.parse(token, CONTEXT), "past its maximum age the token is verified again");

        JWTAuthContextInfo rotated =
                new JWTAuthContextInfo(LocalKeys.generate().getPublic(), IdentityProviderSettings.LOCAL_ISSUER);
        rotated.setExpectedAudience(Set.of(IdentityProviderSettings.LOCAL_AUDIENCE));
        clock.now = start.plus(VerifiedTokenCache.MAX_AGE.multipliedBy(2)).plusSeconds(2);
        assertThrows(
                ParseException.class,
                () -> cache.parse(token, rotated),
                "after a key rotation the old token is refused once its cache entry has aged out");
    }

    @Test
    void aTokenIssuedADayAheadIsRefusedAndNotCached() throws Exception {
        VerifiedTokenCache cache = new VerifiedTokenCache(Clock.systemUTC());
        var claims = Tokens.claims("dr-future", List.of(Roles.MDT_CLINICIAN));
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        claims.put("iat", tomorrow.getEpochSecond());
        claims.put("exp", tomorrow.plus(Duration.ofHours(1)).getEpochSecond());
        String token = Tokens.rs256(claims, LocalIdentity.keys().privateKey());
        assertThrows(ParseException.class, () -> cache.parse(token, CONTEXT));
        assertThrows(ParseException.class, () -> cache.parse(token, CONTEXT), "a refused token is never kept");
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() throws Exception {
        VerifiedTokenCache cache = new VerifiedTokenCache(Clock.systemUTC());
        var claims = Tokens.claims("dr-skew", List.of(Roles.MDT_CLINICIAN));
        claims.put("iat", Instant.now().plusSeconds(CONTEXT.getClockSkew() / 2).getEpochSecond());
        assertEquals(
                "dr-skew",
                cache.parse(Tokens.rs256(claims, LocalIdentity.keys().privateKey()), CONTEXT)
                        .getName());
    }

    @Test
    void aForgedCopyOfACachedTokenIsRefused() throws Exception {
        VerifiedTokenCache cache = new VerifiedTokenCache(Clock.systemUTC());
        String token = Tokens.rs256(
                Tokens.claims("dr-cache", List.of(Roles.MDT_CLINICIAN)),
                LocalIdentity.keys().privateKey());
        cache.parse(token, CONTEXT);
        String[] parts = token.split("\\.");
        String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(Roles.MDT_CLINICIAN, Roles.ADMIN);
        String forgedToken = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertThrows(ParseException.class, () -> cache.parse(forgedToken, CONTEXT));
    }
}
