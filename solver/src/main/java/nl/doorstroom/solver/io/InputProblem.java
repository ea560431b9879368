package nl.doorstroom.solver.io;

import java.util.Objects;

import nl.doorstroom.solver.constraints.Reason;

/**
 * One thing wrong in a programme's input, pointing at where a coordinator finds it in a spreadsheet.
 *
 * @param line physical line, 1 for the header; 0 when the problem is about the file as a whole
 * @param column field number, 1 for the first; 0 when the problem is about the file as a whole
 * @param message in English, as the command line and the API give it
 * @param brokenRule the rule a pinned placement breaks, for a page to say it in its own language; null otherwise
 */
public record InputProblem(String file, int line, int column, String message, Reason brokenRule) {

    public InputProblem(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    public InputProblem {
        Objects.requireNonNull(file);
        Objects.requireNonNull(message);
    }

    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
