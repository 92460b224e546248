package org.idds.cds.web;

import java.util.List;

/**
 * A request refused while its question is read from it, beyond its annotations (a field the ruleset does not know, a
 * field given twice), each bad field named: a 400 problem ({@link ProblemMappers#invalidRequest}) saying what was not
 * done ({@code outcome}, such as {@code "nothing was planned or stored."}). Thrown before anything is evaluated or
 * stored.
 */
public final class InvalidRequestException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;
    private final String outcome;

    public InvalidRequestException(List<Problem.FieldError> errors, String outcome) {
        super(errors.size() + " field(s) refused");
        this.errors = List.copyOf(errors);
        this.outcome = outcome;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public String outcome() {
        return outcome;
    }
}
