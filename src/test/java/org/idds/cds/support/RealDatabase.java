package org.idds.cds.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link EmbeddedPostgresResource} for the whole test run (not restricted to one class), so every
 * {@code @QuarkusTest} shares one application start and one real database.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class RealDatabase {
    private RealDatabase() {}
}
