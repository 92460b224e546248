package org.idds.cds.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.idds.cds.security.IdentityProviderSettings;

/** Configures the application under test with the test key pair, through the same settings the service uses. */
public class LocalIdentityResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return IdentityProviderSettings.local(LocalIdentity.keys());
    }

    @Override
    public void stop() {
        // the keys stay under target/ for the next run, as the service's stay under data/keys
    }
}
