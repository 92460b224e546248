package org.idds.cds.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.drools.drl.parser.lang.DRL6Lexer;
import org.idds.cds.ruleset.NumericLiteralScanner;

/**
 * Numeric literals by Drools' own DRL lexer ({@link DRL6Lexer}: its decimal, float and hex tokens, with their
 * suffixes such as {@code B}, {@code L} and exponents), anywhere in the text, including consequences; the arguments
 * of annotations ({@code @ruleVersion("1.0.0")}, {@code @salience(10)}) are skipped. A regular expression missed
 * {@code 200B}, {@code 2e2} and {@code 3L}.
 */
@ApplicationScoped
public final class DrlLexerLiterals implements NumericLiteralScanner {

    @Override
    public List<String> numericLiterals(String drl) {
        DRL6Lexer lexer = new DRL6Lexer(new ANTLRStringStream(drl));
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(t);
            }
        }
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == DRL6Lexer.AT
                    && i + 2 < tokens.size()
                    && tokens.get(i + 1).getType() == DRL6Lexer.ID
                    && tokens.get(i + 2).getType() == DRL6Lexer.LEFT_PAREN) {
                i = closingParenthesis(tokens, i + 2);
            } else if (type == DRL6Lexer.DECIMAL || type == DRL6Lexer.FLOAT || type == DRL6Lexer.HEX) {
                literals.add(tokens.get(i).getText());
            }
        }
        return literals;
    }

    private static int closingParenthesis(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == DRL6Lexer.LEFT_PAREN) {
                depth++;
            } else if (type == DRL6Lexer.RIGHT_PAREN && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }
}
