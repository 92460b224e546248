package org.idds.cds.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.idds.cds.security.IdentityProviderSettings.Mode;
import org.idds.cds.security.IdentityProviderSettings.Resolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local keys unless an identity provider is named; a half-named provider stops the start. */
class IdentityProviderSettingsTest {

    @TempDir
    Path temp;

    @Test
    void withNoProviderTheServiceUsesItsOwnKeysInTheKeyDirectory() {
        Path dir = temp.resolve("keys");
        Resolved resolved = IdentityProviderSettings.resolve(Map.of("IDDS_KEY_DIR", dir.toString()), new Properties());
        assertEquals(Mode.LOCAL_KEYS, resolved.mode());
        assertEquals(
                dir.resolve("public-key.pem").toAbsolutePath().toString(),
                resolved.properties().get("mp.jwt.verify.publickey.location"));
        assertEquals("idds-cds-local", resolved.properties().get("mp.jwt.verify.issuer"));
        assertEquals("idds-cds", resolved.properties().get("mp.jwt.verify.audiences"));
        assertTrue(Files.exists(dir.resolve("private-key.pem")));
    }

    @Test
    void anIdentityProviderIsNamedByItsJwksUrlIssuerGroupsClaimAndAudience() {
        Resolved resolved = IdentityProviderSettings.resolve(
                Map.of(
                        "IDDS_OIDC_JWKS_URL", "https://idp.example.org/realms/idds/protocol/openid-connect/certs",
                        "IDDS_OIDC_ISSUER", "https://idp.example.org/realms/idds",
                        "IDDS_OIDC_GROUPS_CLAIM", "realm_access/roles",
                        "IDDS_OIDC_AUDIENCE", "idds-cds",
                        "IDDS_KEY_DIR", temp.resolve("unused").toString()),
                new Properties());
        assertEquals(Mode.EXTERNAL_IDDS_VARIABLES, resolved.mode());
        assertEquals(
                Map.of(
                        "mp.jwt.verify.publickey.location",
                                "https://idp.example.org/realms/idds/protocol/openid-connect/certs",
                        "mp.jwt.verify.issuer", "https://idp.example.org/realms/idds",
                        "smallrye.jwt.path.groups", "realm_access/roles",
                        "mp.jwt.verify.audiences", "idds-cds"),
                resolved.properties());
        assertTrue(Files.notExists(temp.resolve("unused")), "no local keys are made when a provider is configured");
    }

    @Test
    void aJwksUrlWithoutAnIssuerStopsTheStart() {
        assertThrows(
                IdentityProviderConfigurationException.class,
                () -> IdentityProviderSettings.resolve(
                        Map.of("IDDS_OIDC_JWKS_URL", "https://idp.example.org/jwks"), new Properties()));
    }

    @Test
    void anIssuerWithoutAJwksUrlStopsTheStartRatherThanSilentlyUsingLocalKeys() {
        IdentityProviderConfigurationException e = assertThrows(
                IdentityProviderConfigurationException.class,
                () -> IdentityProviderSettings.resolve(
                        Map.of("IDDS_OIDC_ISSUER", "https://idp.example.org"), new Properties()));
        assertTrue(e.getMessage().contains("IDDS_OIDC_JWKS_URL"), e.getMessage());
    }

    @Test
    void theStandardMicroProfileNamesAreLeftAlone() {
        Properties system = new Properties();
        system.setProperty("mp.jwt.verify.publickey.location", "https://idp.example.org/jwks");
        assertEquals(
                new Resolved(Mode.EXTERNAL_STANDARD_SETTINGS, Map.of()),
                IdentityProviderSettings.resolve(Map.of(), system));
        assertEquals(
                Mode.EXTERNAL_STANDARD_SETTINGS,
                IdentityProviderSettings.resolve(
                                Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://idp.example.org/jwks"),
                                new Properties())
                        .mode());
    }
}
