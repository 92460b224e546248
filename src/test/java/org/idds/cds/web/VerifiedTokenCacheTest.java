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
import org.idds.cds.support.LocalIdentity;
import org.idds.cds.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and then served from the cache until its own expiry time; after that it is verified
 * again; a token that differs in any byte (a forged role) is verified on its own and refused.
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
