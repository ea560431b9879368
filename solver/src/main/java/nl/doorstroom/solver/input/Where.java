package nl.doorstroom.solver.input;

/**
 * Where a problem sits, as the person who made the input finds it: a cell of a CSV file (line 1 is the header,
 * column 1 the first field), a file as a whole, or a field of JSON or form input ({@code salaryScale},
 * {@code participants[T01].home}).
 *
 * @param file the CSV file, or null for JSON and form input
 * @param line 0 when the problem is about the file as a whole or not about a file
 * @param column 0 when the problem is about the file as a whole or not about a file
 * @param path the field path of JSON or form input; null for a file
 */
public record Where(String file, int line, int column, String path) {

    public static Where file(String file) {
        return new Where(file, 0, 0, null);
    }

    public static Where cell(String file, int line, int column) {
        return new Where(file, Math.max(0, line), Math.max(0, column), null);
    }

    public static Where field(String path) {
        return new Where(null, 0, 0, path);
    }

    public boolean isInFile() {
        return file != null;
    }

    @Override
    public String toString() {
        if (file == null) {
            return path;
        }
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
