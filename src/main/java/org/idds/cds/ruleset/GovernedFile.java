package org.idds.cds.ruleset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;

/**
 * One governed knowledge file being read (a device model, a trial protocol, the drug library, a drug algorithm):
 * its path and text, the schema folder of its manifest format ({@code ""} for the current one), the evidence
 * catalogue its citations resolve in, and the problems found so far, each naming the file and the JSON path. Every
 * typed loader reads its file the one way offered here: checked against its schema first, then read strictly (an
 * unknown key refuses the file) or as a tree, then the loader's own checks, the value kept only if they added no
 * problem.
 */
record GovernedFile(
        String path, String text, String schemaFolder, Map<String, EvidenceSource> sources, List<String> problems) {

    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper TREE = new ObjectMapper();

    /** Whether the file is read under the current manifest format (its schemas at the root of the schema folder). */
    boolean current() {
        return schemaFolder.isEmpty();
    }

    /** The file as {@code type} once {@code schema} has passed; empty with the problems added otherwise. */
    <T> Optional<T> typed(String schema, Class<T> type) {
        return KnowledgeSchemas.read(schemaFolder + schema, path, text, problems, t -> STRICT.readValue(t, type));
    }

    /** The file as a JSON tree once {@code schema} has passed; empty with the problems added otherwise. */
    Optional<JsonNode> tree(String schema) {
        return KnowledgeSchemas.read(schemaFolder + schema, path, text, problems, TREE::readTree);
    }

    /** Citations resolved in the evidence catalogue; each one that is not is a problem at {@code where}. */
    List<Citation> citations(String where, List<CitationJson> raw) {
        return ContentFiles.citations(where, raw, sources, problems);
    }

    /** How many problems have been found so far: a part read from here on is refused if it adds one. */
    int mark() {
        return problems.size();
    }

    /**
     * The value {@code build} makes of parts read since {@code mark}, or empty if reading them added a problem (a
     * value is refused with any of its parts).
     */
    <T> Optional<T> kept(int mark, Supplier<T> build) {
        return problems.size() > mark ? Optional.empty() : Optional.of(build.get());
    }
}
