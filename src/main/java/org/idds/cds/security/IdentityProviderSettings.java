package org.idds.cds.security;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Decides, before Quarkus starts, who signs the bearer tokens this service accepts, and returns the MicroProfile
 * JWT settings for it:
 * <ol>
 *   <li><b>an external identity provider</b> named by {@value #JWKS_URL_ENV} (with {@value #ISSUER_ENV}, and
 *       optionally {@value #GROUPS_CLAIM_ENV} and {@value #AUDIENCE_ENV});</li>
 *   <li><b>an external identity provider</b> configured with the standard names
 *       ({@code mp.jwt.verify.publickey.location} / {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, or an inline
 *       {@code mp.jwt.verify.publickey}): nothing is added;</li>
 *   <li>otherwise <b>this installation's own key pair</b> ({@link LocalKeys}) in {@value #KEY_DIR_ENV}, default
 *       {@value #DEFAULT_KEY_DIR}, with issuer {@value #LOCAL_ISSUER} and audience {@value #LOCAL_AUDIENCE}; tokens
 *       for it come from {@code bin/dev-token}.</li>
 * </ol>
 * {@code bin/dev-token} refuses to mint tokens in modes 1 and 2; it checks the same variable names.
 */
public final class IdentityProviderSettings {

    public static final String JWKS_URL_ENV = "IDDS_OIDC_JWKS_URL";
    public static final String ISSUER_ENV = "IDDS_OIDC_ISSUER";
    public static final String GROUPS_CLAIM_ENV = "IDDS_OIDC_GROUPS_CLAIM";
    public static final String AUDIENCE_ENV = "IDDS_OIDC_AUDIENCE";
    public static final String KEY_DIR_ENV = "IDDS_KEY_DIR";
    public static final String DEFAULT_KEY_DIR = "data/keys";
    public static final String LOCAL_ISSUER = "idds-cds-local";
    public static final String LOCAL_AUDIENCE = "idds-cds";

    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";
    static final String GROUPS_PATH = "smallrye.jwt.path.groups";

    private static final System.Logger LOG = System.getLogger(IdentityProviderSettings.class.getName());

    /** Where tokens come from. */
    public enum Mode {
        EXTERNAL_IDDS_VARIABLES,
        EXTERNAL_STANDARD_SETTINGS,
        LOCAL_KEYS
    }

    /** The chosen mode and the system properties that configure SmallRye JWT for it. */
    public record Resolved(Mode mode, Map<String, String> properties) {
        public Resolved {
            properties = Map.copyOf(properties);
        }
    }

    private IdentityProviderSettings() {}

    /** Resolves the mode from the environment and system properties; in local mode creates or loads the keys. */
    public static Resolved resolve(Map<String, String> environment, Properties systemProperties) {
        Optional<String> jwksUrl = value(environment, JWKS_URL_ENV);
        if (jwksUrl.isPresent()) {
            String issuer = value(environment, ISSUER_ENV)
                    .orElseThrow(() -> new IdentityProviderConfigurationException(JWKS_URL_ENV + " is set but "
                            + ISSUER_ENV + " is not: tokens are only accepted from a named issuer"));
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(PUBLIC_KEY_LOCATION, jwksUrl.get());
            properties.put(ISSUER, issuer);
            value(environment, GROUPS_CLAIM_ENV).ifPresent(path -> properties.put(GROUPS_PATH, path));
            value(environment, AUDIENCE_ENV)
                    .ifPresentOrElse(
                            audience -> properties.put(AUDIENCES, audience),
                            () -> LOG.log(
                                    System.Logger.Level.WARNING,
                                    AUDIENCE_ENV + " is not set: tokens the identity provider "
                                            + "issued for other applications are accepted too"));
            return new Resolved(Mode.EXTERNAL_IDDS_VARIABLES, properties);
        }
        List<String> halfConfigured = List.of(ISSUER_ENV, GROUPS_CLAIM_ENV, AUDIENCE_ENV).stream()
                .filter(name -> value(environment, name).isPresent())
                .toList();
        if (!halfConfigured.isEmpty()) {
            throw new IdentityProviderConfigurationException(String.join(", ", halfConfigured) + " set without "
                    + JWKS_URL_ENV + ": set the identity provider's JWKS URL too, or unset them to use local keys");
        }
        if (standard(environment, systemProperties, PUBLIC_KEY_LOCATION)
                || standard(environment, systemProperties, PUBLIC_KEY)) {
            return new Resolved(Mode.EXTERNAL_STANDARD_SETTINGS, Map.of());
        }
        Path keyDirectory = Path.of(value(environment, KEY_DIR_ENV).orElse(DEFAULT_KEY_DIR));
        return new Resolved(Mode.LOCAL_KEYS, local(LocalKeys.loadOrCreate(keyDirectory)));
    }

    /** The settings that make SmallRye JWT accept exactly the tokens signed by these local keys. */
    public static Map<String, String> local(LocalKeys keys) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(PUBLIC_KEY_LOCATION, keys.publicKeyFile().toString());
        properties.put(ISSUER, LOCAL_ISSUER);
        properties.put(AUDIENCES, LOCAL_AUDIENCE);
        return properties;
    }

    private static boolean standard(Map<String, String> environment, Properties systemProperties, String property) {
        String envName = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
        return Optional.ofNullable(systemProperties.getProperty(property))
                        .filter(v -> !v.isBlank())
                        .isPresent()
                || value(environment, envName).isPresent();
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
