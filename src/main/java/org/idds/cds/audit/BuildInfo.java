package org.idds.cds.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Which build of the application answered: its version and the commit it was built from ({@code unknown} when built
 * from a source tree without git history; {@code -dirty} when built with uncommitted changes). Recorded with every
 * audit row, so a replay can say when a different build replays it.
 */
public record BuildInfo(String version, String commit) {

    public static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "build-info.properties";

    /** The running application's build, read once from the filtered {@value #RESOURCE}. */
    public static BuildInfo current() {
        return Holder.CURRENT;
    }

    @Override
    public String toString() {
        return version + " (commit " + commit + ")";
    }

    private static final class Holder {
        private static final BuildInfo CURRENT = load();
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String commit = filled(p.getProperty("commit"));
        if (!commit.equals(UNKNOWN) && "true".equals(p.getProperty("dirty"))) {
            commit = commit + "-dirty";
        }
        return new BuildInfo(filled(p.getProperty("version")), commit);
    }

    /** A value the build did not fill in (no git, or read from the unfiltered source) is unknown. */
    private static String filled(String value) {
        return Optional.ofNullable(value)
                .filter(v -> !v.isBlank() && !v.contains("${"))
                .orElse(UNKNOWN);
    }
}
