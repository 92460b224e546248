package org.idds.cds.support;

import io.quarkus.test.common.QuarkusTestResource;
import java.nio.file.Path;
import org.idds.cds.security.LocalKeys;

/**
 * The test run's token signing keys: a key pair generated under {@code target/test-keys} (never committed), loaded
 * the same way the service loads {@code ./data/keys}, and registered for the whole run so every {@code @QuarkusTest}
 * verifies tokens against it (issuer {@code idds-cds-local}, audience {@code idds-cds}, as the packaged service).
 */
@QuarkusTestResource(LocalIdentityResource.class)
public final class LocalIdentity {

    public static final Path KEY_DIRECTORY = Path.of("target/test-keys");

    private static LocalKeys keys;

    private LocalIdentity() {}

    public static synchronized LocalKeys keys() {
        if (keys == null) {
            keys = LocalKeys.loadOrCreate(KEY_DIRECTORY);
        }
        return keys;
    }
}
