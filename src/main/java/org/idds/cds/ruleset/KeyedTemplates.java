package org.idds.cds.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruleset texts keyed by pattern, one template per key pattern (as {@link FigureCatalogue} keys figure descriptions):
 * a key such as {@code dailyDose.hydromorphone} finds the template of the pattern {@code dailyDose.{drug}}, whose
 * variables take the key's values; the template is filled with the template syntax of {@link FigureCatalogue}
 * ({@code {name}}, {@code [optional part]}). When several patterns match a key, the most specific wins (the most literal
 * characters; an exact key first), then the first in file order.
 */
public final class KeyedTemplates {

    private static final Pattern KEY_VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private KeyedTemplates() {}

    /** A key matched to its pattern, with the values of the pattern's variables. */
    public record Match(String pattern, Map<String, String> variables) {}

    /** The best pattern of {@code patterns} for {@code key}; empty if none matches. */
    public static Optional<Match> match(String key, Iterable<String> patterns) {
        Optional<Match> best = Optional.empty();
        int bestLiteral = -1;
        for (String pattern : patterns) {
            Optional<Map<String, String>> vars = variablesOf(pattern, key);
            if (vars.isEmpty()) {
                continue;
            }
            int literal = KEY_VARIABLE.matcher(pattern).replaceAll("").length();
            if (literal > bestLiteral) {
                best = Optional.of(new Match(pattern, vars.get()));
                bestLiteral = literal;
            }
        }
        return best;
    }

    /** The variables of a key pattern, in order ({@code dailyDose.{drug}}: drug). */
    public static List<String> patternVariables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = KEY_VARIABLE.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The variables a template uses ({@code {name}} or {@code {name|filter}}). */
    public static Set<String> templateVariables(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = FigureCatalogue.VARIABLE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The template filled in; empty when a variable outside an optional part has no value. */
    public static Optional<String> render(String template, Map<String, String> variables) {
        return FigureCatalogue.render(template, variables, List.of());
    }

    private static Optional<Map<String, String>> variablesOf(String pattern, String key) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher m = KEY_VARIABLE.matcher(pattern);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(last, m.start()))).append("(.+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        Matcher k = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(key);
        if (!k.matches()) {
            return Optional.empty();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            vars.put(names.get(i), k.group(i + 1));
        }
        return Optional.of(vars);
    }
}
