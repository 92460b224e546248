package org.idds.cds.ruleset;

import java.util.List;

/**
 * The ruleset's JSON Schemas ({@code rules/schemas/}) for the concerns' own data files: a concern checking its
 * outcomes file validates it here first, as the loader does for the shared files.
 */
public final class RulesetSchemas {

    private RulesetSchemas() {}

    /** The problems of {@code text} (the file at {@code path}) against {@code rules/schemas/<schemaFile>}. */
    public static List<String> problems(String schemaFile, String path, String text) {
        return KnowledgeSchemas.problems(schemaFile, path, text);
    }
}
