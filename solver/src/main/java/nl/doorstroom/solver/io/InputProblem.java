package nl.doorstroom.solver.io;

import java.util.Objects;

/**
 * One thing wrong in a programme's input, pointing at where a coordinator finds it in a spreadsheet.
 *
 * @param line physical line, 1 for the header; 0 when the problem is about the file as a whole
 * @param column field number, 1 for the first; 0 when the problem is about the file as a whole
 */
public record InputProblem(String file, int line, int column, String message) {

    public InputProblem {
        Objects.requireNonNull(file);
        Objects.requireNonNull(message);
    }

    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
