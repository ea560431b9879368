package nl.doorstroom.solver.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One record of a {@link CsvTable}: trimmed values by column name, and typed reading that reports
 * what was expected at this row's line and the column's position.
 */
final class CsvRow {

    private final CsvTable table;
    private final int line;
    private final String[] fields;
    /** What messages call a column, where that differs from its header name. */
    private final java.util.Map<String, String> labels = new java.util.HashMap<>();

    CsvRow(CsvTable table, int line, String[] fields) {
        this.table = table;
        this.line = line;
        this.fields = fields;
    }

    /** Messages about this column of this row call it {@code label}, e.g. a setting's name for its value. */
    CsvRow label(String column, String label) {
        labels.put(column, label);
        return this;
    }

    private String name(String column) {
        return labels.getOrDefault(column, column);
    }

    int line() {
        return line;
    }

    /** The trimmed value; empty when the column is left out or the line ends before it. */
    String text(String column) {
        int i = table.indexOf(column);
        return i < 0 || i >= fields.length ? "" : fields[i].trim();
    }

    boolean isEmpty(String column) {
        return text(column).isEmpty();
    }

    /** One-based position of the column; for a left-out optional column the position after the last one. */
    int column(String column) {
        int i = table.indexOf(column);
        return i < 0 ? table.width() + 1 : i + 1;
    }

    void problem(String column, String message) {
        table.problems().add(table.file(), line, column(column), message);
    }

    /** The value, or null after reporting it empty. */
    String required(String column, String expected) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, "empty " + name(column) + ": expected " + expected);
            return null;
        }
        return value;
    }

    /** A whole number in min..max; null when empty (then {@code whenEmpty} is returned) or wrong. */
    Integer integer(String column, int min, int max, Integer whenEmpty) {
        String value = text(column);
        if (value.isEmpty()) {
            return whenEmpty;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(column, name(column) + " '" + value + "' is not a whole number: expected " + range(min, max));
            return null;
        }
        if (number < min && min == 0) {
            problem(column, name(column) + " " + number + " is negative: expected " + range(min, max));
            return null;
        }
        if (number < min || number > max) {
            problem(column, name(column) + " " + number + " is outside " + min + ".." + max);
            return null;
        }
        return number;
    }

    Integer requiredInteger(String column, int min, int max) {
        if (isEmpty(column)) {
            problem(column, "empty " + name(column) + ": expected " + range(min, max));
            return null;
        }
        return integer(column, min, max, null);
    }

    private static String range(int min, int max) {
        return max == Integer.MAX_VALUE ? "a whole number ≥ " + min : "a whole number from " + min + " to " + max;
    }

    /** Decimal degrees or another decimal number; a comma decimal mark is accepted. Null when empty or wrong. */
    Double decimal(String column, double min, double max) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        if (Double.isNaN(number) || value.matches(".*[a-zA-Z].*")) {
            problem(column, name(column) + " '" + value + "' is not a number: expected a decimal number such as "
                    + (min < -90 ? "5.3519" : "51.7160"));
            return null;
        }
        if (number < min || number > max) {
            problem(column, name(column) + " " + value + " is outside " + fmt(min) + ".." + fmt(max));
            return null;
        }
        return number;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    LocalDate date(String column) {
        String value = required(column, "a date yyyy-MM-dd");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, name(column) + " '" + value + "' is not a date: expected yyyy-MM-dd, such as 2027-01-01");
            return null;
        }
    }

    /** The named constant, in any case; {@code whenEmpty} when empty; null after reporting an unknown value. */
    <E extends Enum<E>> E enumValue(String column, Class<E> type, E whenEmpty) {
        String value = text(column);
        if (value.isEmpty()) {
            if (whenEmpty == null) {
                problem(column, "empty " + name(column) + ": expected one of " + allowed(type));
            }
            return whenEmpty;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, "unknown " + name(column) + " '" + value + "': expected one of " + allowed(type));
            return null;
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** true, false or empty (false). Null after reporting anything else. */
    Boolean flag(String column) {
        String value = text(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "false" -> Boolean.FALSE;
            case "true" -> Boolean.TRUE;
            default -> {
                problem(column, name(column) + " '" + text(column) + "' is not a yes/no value: expected true, false or empty");
                yield null;
            }
        };
    }
}
