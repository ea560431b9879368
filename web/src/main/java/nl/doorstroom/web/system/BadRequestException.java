package nl.doorstroom.web.system;

import java.util.List;

/** A request that names something impossible, with what was expected; one message per problem. */
public class BadRequestException extends RuntimeException {

    private final List<String> problems;

    public BadRequestException(String message) {
        this(List.of(message));
    }

    public BadRequestException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
