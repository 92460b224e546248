package org.idds.cds.it;

import io.quarkus.test.common.DevServicesContext;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The test profile of the packaged-jar tier ({@code @QuarkusIntegrationTest}): the jar is started exactly as an
 * operator starts it, with its defaults.
 *
 * <ul>
 *   <li><b>No global test resources.</b> The {@code @QuarkusTest} tier's global resources (support/RealDatabase,
 *       support/LocalIdentity) would otherwise start a PostgreSQL in the test JVM and hand the jar its URL, and the
 *       test key's location, as {@code -D} options: the jar would then skip its embedded database and local keys.</li>
 *   <li><b>Embedded database and local keys under target/.</b> {@code Main} reads {@code IDDS_EMBEDDED_DATA_DIR} and
 *       {@code IDDS_KEY_DIR} from its environment only. The failsafe configuration in pom.xml sets them for the
 *       launched jar ({@code quarkus.test.env.*}, added to the environment the jar inherits) and removes the
 *       {@code QUARKUS_DATASOURCE_*} / {@code QUARKUS_FLYWAY_*} variables CI exports (and any identity-provider
 *       variables) from the test JVM, so the jar inherits none of them.</li>
 *   <li><b>No dev-services configuration.</b> {@code @QuarkusIntegrationTest} runs the build's dev-services steps in
 *       the test JVM and hands what they produce to the jar as {@code -D} options. With no JWT key configured,
 *       SmallRye JWT's step produces {@code mp.jwt.verify.publickey=NONE} and a quarkus.io issuer; given to the jar,
 *       {@code IdentityProviderSettings} would take that for a configured external key and the jar would neither
 *       create its own keys nor accept any token (an empty override does not help: SmallRye JWT then fails to start).
 *       The failsafe configuration sets those properties in the test JVM so the step adds nothing, and
 *       {@link FreshHome} refuses to launch if any dev-services property would still reach the jar.</li>
 *   <li><b>A first start.</b> {@link FreshHome} empties the data and key directories before the launch, so the jar
 *       runs initdb, creates its database roles and creates its signing key pair itself.</li>
 * </ul>
 */
public final class PackagedJarDefaults implements QuarkusTestProfile {

    static final String DATA_DIR_PROPERTY = "quarkus.test.env.IDDS_EMBEDDED_DATA_DIR";
    static final String KEY_DIR_PROPERTY = "quarkus.test.env.IDDS_KEY_DIR";

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FreshHome.class));
    }

    /** The embedded PostgreSQL data directory the launched jar was given. */
    static Path dataDirectory() {
        return configured(DATA_DIR_PROPERTY);
    }

    /** The key directory the launched jar was given. */
    static Path keyDirectory() {
        return configured(KEY_DIR_PROPERTY);
    }

    private static Path configured(String property) {
        String value = Optional.ofNullable(System.getProperty(property))
                .filter(v -> !v.isBlank())
                .orElseThrow(
                        () -> new IllegalStateException(
                                property + " is not set: run the packaged-jar tier through "
                                        + "Maven (./mvnw verify), whose failsafe configuration gives the jar its data directory under target/"));
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!path.toString().contains("/target/")) {
            throw new IllegalStateException(property + "=" + path + " is not under target/");
        }
        return path;
    }

    /**
     * Runs in the test JVM before the launch: checks that no dev-services property is handed to the jar and empties
     * the jar's data and key directories.
     */
    public static final class FreshHome
            implements QuarkusTestResourceLifecycleManager, DevServicesContext.ContextAware {

        private Map<String, String> devServicesProperties = Map.of();

        @Override
        public void setIntegrationTestContext(DevServicesContext context) {
            devServicesProperties = context.devServicesProperties();
        }

        @Override
        public Map<String, String> start() {
            if (!devServicesProperties.isEmpty()) {
                throw new IllegalStateException(
                        "dev services would configure the packaged jar with " + devServicesProperties.keySet()
                                + ", so it would not run with its defaults; see pom.xml (failsafe)");
            }
            delete(keyDirectory());
            Path data = dataDirectory();
            if (!livePostmaster(data)) {
                // a postmaster left running by a killed earlier run keeps its directory: the jar shuts such an
                // orphaned server down itself (Main) rather than having its files deleted under it
                delete(data);
            }
            return Map.of();
        }

        @Override
        public void stop() {
            // kept under target/ for inspection after the run
        }

        private static boolean livePostmaster(Path data) {
            Path pid = data.resolve("postmaster.pid");
            try {
                return Files.exists(pid)
                        && ProcessHandle.of(Long.parseLong(
                                        Files.readAllLines(pid).get(0).trim()))
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        private static void delete(Path directory) {
            if (!Files.exists(directory)) {
                return;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not empty " + directory, e);
            }
        }
    }
}
