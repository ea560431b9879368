package nl.doorstroom.solver.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.input.Origin;
import nl.doorstroom.solver.input.Text;
import nl.doorstroom.solver.input.Where;

/**
 * One record of a {@link CsvTable}: trimmed values by column name, read as their type. Text that is not of the
 * column's type is reported at this row's line and the column's position, and the column is marked unreadable
 * in the row's {@link #origin() origin}, so the programme's rules do not report it again.
 */
final class CsvRow {

    private final CsvTable table;
    private final int line;
    private final String[] fields;
    /** Null when no field was quoted. */
    private final boolean[] quoted;
    /** What messages call a column, where that differs from its header name; made when first needed. */
    private Map<String, String> labels;
    private Set<String> unreadable;
    private boolean allUnreadable;

    CsvRow(CsvTable table, int line, String[] fields, boolean[] quoted) {
        this.table = table;
        this.line = line;
        this.fields = fields;
        this.quoted = quoted;
    }

    /** Messages about this column of this row call it {@code label}, e.g. a setting's name for its value. */
    CsvRow label(String column, String label) {
        if (labels == null) {
            labels = new HashMap<>(4);
        }
        labels.put(column, label);
        return this;
    }

    private String name(String column) {
        return labels == null ? column : labels.getOrDefault(column, column);
    }

    /** The column's text is not of its type (reported already). */
    void markUnreadable(String column) {
        if (unreadable == null) {
            unreadable = new HashSet<>(4);
        }
        unreadable.add(column);
    }

    /** Values stand where the header has no column: none of this row's values can be trusted (reported). */
    void markAllUnreadable() {
        allUnreadable = true;
    }

    private boolean isUnreadable(String column) {
        return allUnreadable || unreadable != null && unreadable.contains(column) || table.isMissing(column);
    }

    int line() {
        return line;
    }

    /** Where the fields of this row are, for the records read from it. */
    Origin origin() {
        return new RowOrigin();
    }

    private final class RowOrigin implements Origin {

        @Override
        public Where at(String field) {
            return Where.cell(table.file(), line, column(field));
        }

        @Override
        public String label(String field) {
            return name(field);
        }

        @Override
        public boolean isUnreadable(String field) {
            return CsvRow.this.isUnreadable(field);
        }

        @Override
        public boolean hasUnreadable() {
            return allUnreadable || unreadable != null && !unreadable.isEmpty() || table.hasMissingColumns();
        }

        @Override
        public Text firstMention() {
            return Text.of("first.line", line);
        }
    }

    /**
     * The value: as quoted, or without the blanks around it when it was not; empty when the column is left out
     * or the line ends before it. A leading {@code '} that keeps a spreadsheet from reading the cell as a formula
     * is dropped ({@link CsvOut#asText}).
     */
    String text(String column) {
        int i = table.indexOf(column);
        if (i < 0 || i >= fields.length) {
            return "";
        }
        boolean isQuoted = quoted != null && i < quoted.length && quoted[i];
        return CsvOut.fromText(isQuoted ? fields[i] : CsvText.strip(fields[i]));
    }

    /**
     * The value of a column of numbers, dates, names of constants or codes: blanks around it never count, quoted
     * or not.
     */
    private String typed(String column) {
        return isUnreadable(column) ? "" : CsvText.strip(text(column));
    }

    /** The value, or null when empty. */
    String textOrNull(String column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    boolean isEmpty(String column) {
        return text(column).isEmpty();
    }

    /** One-based position of the column; for a left-out optional column the position after the last one. */
    int column(String column) {
        int i = table.indexOf(column);
        return i < 0 ? table.width() + 1 : i + 1;
    }

    Where at(String column) {
        return Where.cell(table.file(), line, column(column));
    }

    private void unreadable(String column, String key, Object... args) {
        markUnreadable(column);
        table.problems().add(at(column), key, args);
    }

    /** A whole number; null when empty, or after reporting text that is not one ({@code expected} says what is). */
    Integer integer(String column, Text expected) {
        String value = typed(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            unreadable(column, "number.notWhole", name(column), value, expected);
            return null;
        }
    }

    /** Decimal degrees or another decimal number; a comma decimal mark is accepted. Null when empty or wrong. */
    Double decimal(String column, String example) {
        String value = typed(column);
        if (value.isEmpty()) {
            return null;
        }
        Double number = Decimals.parse(value);
        if (number == null) {
            unreadable(column, "decimal.notNumber", name(column), value, example);
        }
        return number;
    }

    /** A date yyyy-MM-dd; null when empty, or after reporting text that is not one. */
    LocalDate date(String column) {
        String value = typed(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            unreadable(column, "date.invalid", name(column), value);
            return null;
        }
    }

    /** The named constant, in any case; null when empty, or after reporting an unknown value. */
    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = typed(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            unreadable(column, "enum.unknown", name(column), value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** true, false or empty (false); false after reporting anything else. */
    boolean flag(String column) {
        String value = typed(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "false" -> false;
            case "true" -> true;
            default -> {
                unreadable(column, "flag.invalid", name(column), typed(column));
                yield false;
            }
        };
    }

    /** A score such as 0hard/0medium/2soft; null after reporting text that is not one. */
    HardMediumSoftLongScore score(String column) {
        if (isUnreadable(column)) {
            return null;
        }
        String value = typed(column);
        try {
            return HardMediumSoftLongScore.parseScore(value);
        } catch (RuntimeException e) {
            unreadable(column, "weight.notScore", value);
            return null;
        }
    }

    /** Period ids separated by {@code |}. */
    java.util.List<String> list(String column) {
        return Arrays.stream(typed(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
