package org.idds.cds.ruleset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;

/**
 * Checks that each topic folder holds its own rules and nothing else, every problem naming the file: the folder is
 * {@code <concern>/<topic>} of its rules file (a known concern; the topic in kebab-case), every rule id starts with
 * the topic's {@code idPrefix}, the topic's DRL holds exactly the rules of its rules file (a DRL rule whose metadata
 * is in another topic is refused), and parameters sit with the one topic whose rules use them, or in the shared file
 * when rules of several topics do.
 */
final class TopicGovernance {

    /**
     * One topic as the manifest and its rules file declare it: {@code folder} is the manifest's path, {@code rules}
     * the rules file; {@code concern}, {@code topic} and {@code idPrefix} are what the rules file says; {@code ruleIds}
     * the rules it defines, {@code retiredRuleIds} those of them retired (metadata kept, no DRL rule); {@code drl} and
     * {@code parameters} the topic's other files, from the ruleset root.
     */
    record Topic(
            String folder,
            String rules,
            Concern concern,
            String topic,
            String idPrefix,
            List<String> ruleIds,
            List<String> retiredRuleIds,
            List<String> drl,
            Optional<String> parameters) {}

    private TopicGovernance() {}

    /** The folder a topic's files belong in: {@code selection/refractory-pain} for SELECTION / RefractoryPain. */
    static String folderOf(Concern concern, String topic) {
        return concern.name().toLowerCase(Locale.ROOT) + "/" + kebab(topic);
    }

    /** {@code RefractoryPain} → {@code refractory-pain}. */
    static String kebab(String topic) {
        return topic.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
    }

    static void check(
            List<Topic> topics,
            List<Ruleset.DrlFile> drl,
            Map<String, List<Parameter>> parametersByFile,
            String sharedParameters,
            List<String> problems) {
        Map<String, Topic> topicOfRule = new HashMap<>();
        Set<String> folders = new HashSet<>();
        for (Topic topic : topics) {
            topic.ruleIds().forEach(id -> topicOfRule.putIfAbsent(id, topic));
            if (!folders.add(topic.folder())) {
                problems.add("ruleset.json lists the topic folder " + topic.folder() + " twice");
            }
            checkFolder(topic, problems);
            topic.ruleIds().stream()
                    .filter(id -> !id.startsWith(topic.idPrefix() + "-"))
                    .forEach(id -> problems.add(topic.rules() + ": rule " + id + " does not start with the topic's"
                            + " idPrefix " + topic.idPrefix() + "; it belongs in the topic folder of its prefix"));
        }
        Map<String, String> drlContent =
                drl.stream().collect(Collectors.toMap(Ruleset.DrlFile::path, Ruleset.DrlFile::content, (a, b) -> a));
        for (Topic topic : topics) {
            Set<String> inDrl = new HashSet<>();
            for (String path : topic.drl()) {
                for (String id : DrlGovernance.ruleIds(drlContent.getOrDefault(path, ""))) {
                    inDrl.add(id);
                    Topic owner = topicOfRule.get(id);
                    if (owner != null && owner != topic) {
                        problems.add(path + ": rule " + id + " belongs to topic " + owner.folder()
                                + " (its metadata is in " + owner.rules() + "), not to " + topic.folder());
                    }
                }
            }
            topic.ruleIds().stream()
                    .filter(id -> !inDrl.contains(id))
                    .filter(id -> !topic.retiredRuleIds().contains(id))
                    .forEach(id -> problems.add(topic.rules() + ": rule " + id + " has no DRL rule in this topic's"
                            + " DRL " + topic.drl()));
        }
        checkParameterPlacement(topics, topicOfRule, parametersByFile, sharedParameters, problems);
    }

    private static void checkFolder(Topic topic, List<String> problems) {
        String concernFolder =
                topic.folder().substring(0, Math.max(0, topic.folder().indexOf('/')));
        boolean knownConcern = Arrays.stream(Concern.values())
                .anyMatch(c -> c.name().toLowerCase(Locale.ROOT).equals(concernFolder));
        if (!knownConcern) {
            problems.add(topic.rules() + ": " + concernFolder + " is not a known concern folder "
                    + Arrays.stream(Concern.values())
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
        String expected = folderOf(topic.concern(), topic.topic());
        if (!expected.equals(topic.folder())) {
            problems.add(topic.rules() + ": concern " + topic.concern() + " and topic " + topic.topic()
                    + " belong in the folder " + expected + ", not " + topic.folder());
        }
    }

    private static void checkParameterPlacement(
            List<Topic> topics,
            Map<String, Topic> topicOfRule,
            Map<String, List<Parameter>> parametersByFile,
            String sharedParameters,
            List<String> problems) {
        Map<String, Topic> topicOfParameterFile = new HashMap<>();
        topics.forEach(t -> t.parameters().ifPresent(p -> topicOfParameterFile.put(p, t)));
        parametersByFile.forEach((file, parameters) -> {
            for (Parameter p : parameters) {
                Set<String> usedIn = p.usedBy().stream()
                        .map(topicOfRule::get)
                        .filter(java.util.Objects::nonNull)
                        .map(Topic::folder)
                        .collect(Collectors.toCollection(TreeSet::new));
                Topic owner = topicOfParameterFile.get(file);
                if (owner != null && usedIn.size() == 1 && !usedIn.contains(owner.folder())) {
                    problems.add(file + ": parameter " + p.key() + " is used only by topic "
                            + usedIn.iterator().next() + "; it belongs in that topic's parameters file");
                } else if (owner != null && usedIn.size() > 1) {
                    problems.add(file + ": parameter " + p.key() + " is used by rules of " + usedIn
                            + "; a parameter used by several topics belongs in " + sharedParameters);
                } else if (file.equals(sharedParameters) && usedIn.size() == 1) {
                    problems.add(file + ": parameter " + p.key() + " is used only by topic "
                            + usedIn.iterator().next() + "; it belongs in that topic's parameters file");
                }
            }
        });
    }
}
