package org.idds.cds.ruleset;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** JSON shapes of the ruleset files, read once and turned into domain records by {@link RulesetLoader}. */
final class KnowledgeFiles {

    private KnowledgeFiles() {}

    record Manifest(
            String id,
            String version,
            String description,
            List<String> drl,
            String sources,
            String rules,
            String parameters,
            String drugs,
            // Optional ruleset content beside the rules (see ContentFiles): device-model and trial-protocol files,
            // paths relative to rules/; and each concern's outcomes file, concern name to path.
            List<String> deviceModels,
            List<String> trialProtocols,
            Map<String, String> outcomes) {}

    record SourcesFile(List<SourceJson> sources) {}

    record SourceJson(String key, String kind, String label, String reference, String doi, String url) {}

    record CitationJson(String source, String locator, String grade, String verification) {}

    record RulesFile(List<RuleJson> rules) {}

    record RuleJson(
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
            List<CitationJson> citations) {}

    record ParametersFile(List<ParameterJson> parameters) {}

    record ParameterJson(
            String key,
            BigDecimal value,
            String unit,
            String description,
            String verification,
            List<CitationJson> citations,
            List<String> usedBy) {}

    record DrugsFile(List<DrugJson> drugs) {}

    record DrugJson(String name, @JsonProperty("class") String drugClass, List<RouteJson> routes, HoldJson hold) {}

    record RouteJson(String route, List<String> doseUnits, OmeJson ome) {}

    record OmeJson(String per, BigDecimal factor, String verification, List<CitationJson> citations) {}

    record QuantityJson(BigDecimal value, String unit) {}

    record HoldJson(
            QuantityJson stopBefore,
            QuantityJson restartAfter,
            String policy,
            String policyNote,
            String verification,
            List<CitationJson> citations) {}
}
