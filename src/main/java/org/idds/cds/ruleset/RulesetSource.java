package org.idds.cds.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The raw files of one ruleset, keyed by path relative to the ruleset root ({@code ruleset.json} is the manifest).
 * Where they came from (classpath, governance upload) does not matter; the hash is over paths and contents.
 */
public record RulesetSource(Map<String, String> files) {

    public static final String MANIFEST = "ruleset.json";

    public RulesetSource {
        files = Map.copyOf(files);
    }

    public Optional<String> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** SHA-256 over every file, in path order: {@code sha256:<hex>}. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** A copy without one file, for building a candidate ruleset that drops it. */
    public RulesetSource without(String path) {
        Map<String, String> copy = new TreeMap<>(files);
        copy.remove(path);
        return new RulesetSource(copy);
    }

    /** A copy with one file replaced or added, for building a candidate ruleset from the active one. */
    public RulesetSource with(String path, String content) {
        Map<String, String> copy = new TreeMap<>(files);
        copy.put(path, content);
        return new RulesetSource(copy);
    }
}
