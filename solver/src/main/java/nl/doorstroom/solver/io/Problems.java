package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.solver.constraints.Reason;

/** Collects problems across all files, so a coordinator sees every one of them in one go. */
final class Problems {

    private final List<InputProblem> problems = new ArrayList<>();

    void add(String file, int line, int column, String message) {
        add(file, line, column, message, null);
    }

    void add(String file, int line, int column, String message, Reason brokenRule) {
        problems.add(new InputProblem(file, Math.max(0, line), Math.max(0, column), message, brokenRule));
    }

    void fileProblem(String file, String message) {
        add(file, 0, 0, message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
