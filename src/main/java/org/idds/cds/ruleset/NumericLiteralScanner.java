package org.idds.cds.ruleset;

import java.util.List;

/**
 * Finds the numeric literals in DRL text (constraints, {@code eval} and consequences alike; annotation arguments
 * skipped), so that the governance check "numbers are data" sees what the rule compiler sees. Implemented by the
 * engine with Drools' own DRL lexer: this package does not import Drools.
 */
@FunctionalInterface
public interface NumericLiteralScanner {

    /** The numeric literals in {@code drl}, as written (e.g. {@code 200B}, {@code 2e2}, {@code 3L}, {@code 0x1F}). */
    List<String> numericLiterals(String drl);
}
