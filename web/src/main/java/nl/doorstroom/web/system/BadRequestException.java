package nl.doorstroom.web.system;

import java.util.List;

/** A request that names something impossible, with what was expected; one problem per thing wrong. */
public class BadRequestException extends RuntimeException {

    private final List<Problem> problems;

    public BadRequestException(String message) {
        this(List.of(message));
    }

    /** Problems known only in English. */
    public BadRequestException(List<String> problems) {
        this(problems.stream().map(p -> new Problem(null, List.of(), p)).toList(), true);
    }

    public BadRequestException(Problem... problems) {
        this(List.of(problems), true);
    }

    private BadRequestException(List<Problem> problems, boolean located) {
        super(String.join("; ", problems.stream().map(Problem::english).toList()));
        this.problems = List.copyOf(problems);
    }

    public static BadRequestException of(List<Problem> problems) {
        return new BadRequestException(problems, true);
    }

    /** In English, as the API answers. */
    public List<String> problems() {
        return problems.stream().map(Problem::english).toList();
    }

    /** For the pages, to be put in the user's language. */
    public List<Problem> localizable() {
        return problems;
    }
}
