package nl.doorstroom.solver.input;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A programme or a change to it was rejected as a whole; it carries the problems found, the first ones listed. */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;
    private final int total;

    public InvalidInputException(List<InputProblem> problems) {
        this(problems, problems.size());
    }

    /** @param total every problem found; a long list is cut short, with a last problem saying how many more */
    public InvalidInputException(List<InputProblem> problems, int total) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** The problems to show, in reading order. */
    public List<InputProblem> getProblems() {
        return problems;
    }

    /** How many problems were found, including those a long list leaves out. */
    public int total() {
        return total;
    }

    /** Every listed problem, one a line, in the given language. */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.toString(locale)).collect(Collectors.joining("\n"));
    }
}
