package nl.doorstroom.solver.io;

import java.util.List;
import java.util.stream.Collectors;

/** A programme was rejected as a whole; it carries every problem found, in the order found. */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> getProblems() {
        return problems;
    }
}
