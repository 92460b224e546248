package org.idds.cds.ruleset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** JSON shapes of the ruleset files, read once and turned into domain records by {@link RulesetLoader}. */
final class KnowledgeFiles {

    private KnowledgeFiles() {}

    /**
     * Manifest format 2 ({@code rules/ruleset.json}): the shared catalogues and one entry per rule topic, whose files
     * are named relative to the topic's folder ({@code <concern>/<topic>}).
     */
    record Manifest(
            String id,
            String version,
            Integer format,
            String description,
            SharedFiles shared,
            List<TopicEntry> topics,
            // Optional ruleset content beside the rules (see ContentFiles): device-model and trial-protocol files,
            // paths relative to rules/; each concern's outcomes file, concern name to path; the intrathecal drug
            // library and the drug-selection algorithm of one edition (format 3).
            List<String> deviceModels,
            List<String> trialProtocols,
            Map<String, String> outcomes,
            String drugLibrary,
            String drugAlgorithm) {}

    /**
     * {@code statements}: the governed statements file, optional; {@code figures}: optional (format 3 from 2026.12.3),
     * the descriptions of the data files' figures.
     */
    record SharedFiles(String sources, String drugs, String parameters, String statements, String figures) {}

    record TopicEntry(String path, List<String> drl, String rules, String parameters) {}

    /** Manifest format 1 (rulesets up to 2026.11.0, kept for replay): every file named from the ruleset root. */
    record ManifestFormat1(
            String id,
            String version,
            Integer format,
            String description,
            List<String> drl,
            String sources,
            String rules,
            String parameters,
            String drugs) {}

    record SourcesFile(List<SourceJson> sources) {}

    record SourceJson(
            String key,
            String kind,
            String label,
            String reference,
            String doi,
            String url,
            SupersededByJson supersededBy) {}

    /** Format 2 only: the newer editions (catalogue keys) that replace a source, and what they cover. */
    record SupersededByJson(List<String> sources, String note) {}

    /**
     * A citation. {@code grade} is an object in format 2 (its grading system and fields, see {@link EvidenceGrades}) and
     * free text in format 1; each file's schema admits only its own form.
     */
    record CitationJson(String source, String locator, JsonNode grade, String verification) {}

    /** One topic's rule metadata (format 2): the topic, its id prefix, and its rules in FHIR PlanDefinition names. */
    record TopicRulesFile(String concern, String topic, String idPrefix, List<TopicRuleJson> rules) {}

    record TopicRuleJson(
            String id,
            String version,
            String status,
            String title,
            String severity,
            String summary,
            String detail,
            String whenNotMet,
            String statement,
            List<String> inputs,
            List<RelatedArtifactJson> relatedArtifact,
            String approvalDate,
            String lastReviewDate,
            PeriodJson effectivePeriod)
            implements RuleText {}

    /** What both rule file formats write the same way: a rule's identity and the text clinicians read. */
    interface RuleText {
        String id();

        String version();

        String title();

        String severity();

        String summary();

        String detail();

        String whenNotMet();

        List<String> inputs();
    }

    /** A FHIR RelatedArtifact of type {@code citation}, with the source's key, a locator and its verification. */
    record RelatedArtifactJson(String type, String source, String locator, JsonNode grade, String verification) {
        CitationJson citation() {
            return new CitationJson(source, locator, grade, verification);
        }
    }

    record PeriodJson(String start, String end) {}

    /** The one rule catalogue of a format 1 ruleset. */
    record RulesFileFormat1(List<RuleJsonFormat1> rules) {}

    record RuleJsonFormat1(
            String id,
            String version,
            String status,
            String title,
            String concern,
            String topic,
            String severity,
            String summary,
            String detail,
            String whenNotMet,
            List<String> inputs,
            List<CitationJson> citations)
            implements RuleText {}

    record ParametersFile(List<ParameterJson> parameters) {}

    record ParameterJson(
            String key,
            BigDecimal value,
            String unit,
            String description,
            String verification,
            List<CitationJson> citations,
            List<String> usedBy,
            String noDefault,
            String shippedDefault) {}

    record DrugsFile(List<DrugJson> drugs) {}

    record DrugJson(
            String name,
            @JsonProperty("class") String drugClass,
            List<RouteJson> routes,
            HoldJson hold,
            List<String> synonyms,
            List<BrandJson> brands,
            List<String> classes) {}

    record BrandJson(String name, List<String> routes) {}

    record RouteJson(
            String route,
            List<String> doseUnits,
            OmeJson ome,
            OmeJson alternativeOme,
            HoldJson hold,
            CeilingJson ceiling) {}

    record CeilingJson(QuantityJson dailyDose, String why, String verification, List<CitationJson> citations) {}

    record OmeJson(String per, BigDecimal factor, String verification, List<CitationJson> citations, String label) {}

    record QuantityJson(BigDecimal value, String unit) {}

    record HoldJson(
            QuantityJson stopBefore,
            QuantityJson restartAfter,
            String policy,
            String policyNote,
            String verification,
            List<CitationJson> citations,
            String normalBeforeProcedure,
            RenalHoldJson renal) {}

    record RenalHoldJson(
            QuantityJson creatinineClearanceBelow,
            QuantityJson stopBefore,
            String note,
            String verification,
            List<CitationJson> citations) {}
}
