package org.idds.cds.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idds.cds.kernel.Parameter;

/**
 * Text checks on DRL that a compiler cannot make: each rule carries {@code @ruleId} and {@code @ruleVersion}
 * matching its metadata and title, names only parameters that exist and list it in {@code usedBy}, and contains
 * no numeric literal (numbers are data). A rule may name a family of parameters by a key built from a fact's value,
 * {@code Parameter(key == "procedure.hold.row." + $drug + ".stopBefore")}: it uses every parameter whose key is the
 * prefix, one dot-free segment and the suffix, at least one must exist, and each must list it in {@code usedBy}. A
 * retired rule keeps its metadata (the record of what it said) and has no DRL rule; every other rule has one.
 */
final class DrlGovernance {

    private static final Pattern RULE =
            Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))(.*?)^\\s*end\\s*$", Pattern.DOTALL);
    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\(\"([^\"]+)\"\\)");
    private static final Pattern RULE_VERSION = Pattern.compile("@ruleVersion\\(\"([^\"]+)\"\\)");
    private static final Pattern PARAMETER_KEY = Pattern.compile("Parameter\\(\\s*key\\s*==\\s*\"([^\"]+)\"");

    /** A family of parameters named by a key built from a fact's value: prefix, {@code + $binding +}, suffix. */
    private static final Pattern PARAMETER_FAMILY =
            Pattern.compile("Parameter\\(\\s*key\\s*==\\s*\"([^\"]+)\"\\s*\\+\\s*\\$\\w+\\s*\\+\\s*\"([^\"]+)\"");

    /** A pattern on a parameter that may have no value must say which case it handles: set, or not set. */
    private static final Pattern PARAMETER_PATTERN =
            Pattern.compile("Parameter\\(\\s*key\\s*==\\s*\"([^\"]+)\"([^)]*)\\)");

    private DrlGovernance() {}

    /** Rule id of every rule in the DRL text, in order (for comparing with the compiled KieBase). */
    static List<String> ruleIds(String drl) {
        List<String> ids = new ArrayList<>();
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Matcher id = RULE_ID.matcher(body(rule));
            ids.add(id.find() ? id.group(1) : "");
        }
        return ids;
    }

    private static String body(Matcher rule) {
        return rule.group(4);
    }

    static void check(
            List<Ruleset.DrlFile> files,
            Map<String, RuleMetadata> rules,
            List<Parameter> parameters,
            NumericLiteralScanner literalScanner,
            List<String> problems) {
        Map<String, Parameter> byKey = new HashMap<>();
        parameters.forEach(p -> byKey.put(p.key(), p));
        Map<String, Set<String>> keysUsedByRule = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Ruleset.DrlFile file : files) {
            Matcher rule = RULE.matcher(file.content());
            while (rule.find()) {
                String name =
                        rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                String body = body(rule);
                String where = file.path() + " rule \"" + name + "\"";
                Matcher id = RULE_ID.matcher(body);
                Matcher version = RULE_VERSION.matcher(body);
                if (!id.find() || !version.find()) {
                    problems.add(where + " needs @ruleId and @ruleVersion");
                    continue;
                }
                String ruleId = id.group(1);
                if (!seen.add(ruleId)) {
                    problems.add(where + " reuses rule id " + ruleId);
                }
                RuleMetadata metadata = rules.get(ruleId);
                if (metadata == null) {
                    problems.add(where + " (" + ruleId + ") has no metadata in the rule catalogue");
                    continue;
                }
                if (!metadata.version().equals(version.group(1))) {
                    problems.add(
                            where + " is version " + version.group(1) + " but its metadata says " + metadata.version());
                }
                if (!metadata.title().equals(name)) {
                    problems.add(where + " title differs from its metadata title \"" + metadata.title() + "\"");
                }
                if (metadata.status() == RuleStatus.RETIRED) {
                    problems.add(where + " (" + ruleId + ") is retired: remove its DRL rule, keep its metadata");
                }
                Set<String> keys = new HashSet<>();
                Matcher family = PARAMETER_FAMILY.matcher(body);
                while (family.find()) {
                    Pattern member =
                            Pattern.compile(Pattern.quote(family.group(1)) + "[^.]+" + Pattern.quote(family.group(2)));
                    List<String> members = byKey.keySet().stream()
                            .filter(k -> member.matcher(k).matches())
                            .toList();
                    if (members.isEmpty()) {
                        problems.add(where + " uses the parameter family " + family.group(1) + "*" + family.group(2)
                                + ", which has no parameter in the catalogue");
                    }
                    keys.addAll(members);
                }
                Matcher key =
                        PARAMETER_KEY.matcher(PARAMETER_FAMILY.matcher(body).replaceAll(""));
                while (key.find()) {
                    keys.add(key.group(1));
                }
                keysUsedByRule.put(ruleId, keys);
                for (String k : keys) {
                    Parameter p = byKey.get(k);
                    if (p == null) {
                        problems.add(where + " uses parameter " + k + ", which is not in the parameter catalogue");
                    } else if (!p.usedBy().contains(ruleId)) {
                        problems.add("parameter " + k + " does not list " + ruleId + " in usedBy");
                    }
                }
                Matcher pattern = PARAMETER_PATTERN.matcher(body);
                while (pattern.find()) {
                    Parameter p = byKey.get(pattern.group(1));
                    if (p != null
                            && p.noDefault().isPresent()
                            && !pattern.group(2).matches(",\\s*set\\s*==\\s*(true|false)\\s*")) {
                        problems.add(where + " uses parameter " + p.key()
                                + ", which ships without a value: match set == true or set == false");
                    }
                }
                List<String> literals = literalScanner.numericLiterals(body);
                if (!literals.isEmpty()) {
                    problems.add(where + " contains the literal " + literals.get(0)
                            + "; put numbers in the parameter catalogue");
                }
            }
        }
        rules.values().stream()
                .filter(r -> r.status() != RuleStatus.RETIRED)
                .map(RuleMetadata::id)
                .filter(id -> !seen.contains(id))
                .forEach(id -> problems.add("rule " + id + " has metadata but no DRL rule"));
        for (Parameter p : parameters) {
            for (String ruleId : p.usedBy()) {
                if (keysUsedByRule.containsKey(ruleId)
                        && !keysUsedByRule.get(ruleId).contains(p.key())) {
                    problems.add(
                            "parameter " + p.key() + " lists " + ruleId + " in usedBy but that rule does not use it");
                }
            }
        }
    }
}
