package org.camino.platform.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    /** Refuses the whole input if any field is wrong, so that nothing is half-saved. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Runs checks that add to a list of problems, then refuses the input if they found any. */
    public static void throwIfAny(Consumer<List<FieldProblem>> checks) {
        List<FieldProblem> problems = new ArrayList<>();
        checks.accept(problems);
        throwIfAny(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
