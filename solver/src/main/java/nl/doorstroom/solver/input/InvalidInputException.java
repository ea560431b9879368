package nl.doorstroom.solver.input;

import java.util.List;
import java.util.stream.Collectors;

/** A programme or a change to it was rejected as a whole; it carries every problem found. */
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
