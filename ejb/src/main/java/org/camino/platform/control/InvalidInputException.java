package org.camino.platform.control;

import java.util.List;

/** One or more fields are wrong. Each problem names its field and a message key. */
public class InvalidInputException extends BusinessException {

    public record FieldProblem(String field, String messageKey) {
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
