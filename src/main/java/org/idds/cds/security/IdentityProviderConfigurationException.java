package org.idds.cds.security;

/** The identity provider settings are incomplete or contradictory; the service refuses to start with them. */
public final class IdentityProviderConfigurationException extends RuntimeException {
    public IdentityProviderConfigurationException(String message) {
        super(message);
    }
}
