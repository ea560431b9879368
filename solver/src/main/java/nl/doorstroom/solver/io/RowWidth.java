package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.doorstroom.solver.input.Problems;
import nl.doorstroom.solver.input.Where;

/**
 * Fits a row's fields under the header. A value with no column above it is reported and the row's values are not
 * read: they are probably shifted, and would only give symptoms (the row still counts, so what refers to it is
 * not reported unknown). One cause is recognised and said instead: a decimal comma in a file separated by
 * commas, which splits a coordinate such as {@code 51,56} into two fields.
 */
final class RowWidth {

    /**
     * A row's fields under the header; {@code splitColumns} are field positions a decimal comma split;
     * {@code misaligned} when values stand where the header has no column, so none of them can be trusted.
     */
    record Fitted(String[] fields, boolean[] quoted, List<Integer> splitColumns, boolean misaligned) {
    }

    private final String file;
    private final int headerWidth;
    /** Positions where the header has a name, known or not: a value there is not "without a column". */
    private final boolean[] headed;
    /** Per position the known column there, or null. */
    private final String[] columns;
    private final int columnCount;
    private final boolean[] decimal;
    private final Problems problems;

    RowWidth(String file, String[] headerFields, String[] columns, boolean[] decimal, Problems problems) {
        this.file = file;
        this.headerWidth = headerFields.length;
        this.headed = new boolean[headerWidth];
        for (int i = 0; i < headerWidth; i++) {
            headed[i] = !CsvText.isBlank(headerFields[i]);
        }
        this.columns = columns;
        this.columnCount = (int) Arrays.stream(columns).filter(c -> c != null).count();
        this.decimal = decimal;
        this.problems = problems;
    }

    /** The row's fields, misaligned after reporting values without a column. */
    Fitted fit(CsvTokenizer.Record record) {
        String[] fields = record.fields();
        if (fields.length > headerWidth) {
            Fitted repaired = decimalCommaSplit(record);
            if (repaired != null) {
                return repaired;
            }
        }
        boolean ok = true;
        for (int i = 0; i < fields.length; i++) {
            boolean underAName = i < headed.length && headed[i];
            if (!underAName && !isEmpty(record, i)) {
                problems.add(Where.cell(file, record.line(), i + 1), "row.valueWithoutColumn",
                        CsvText.strip(fields[i]), columnCount);
                ok = false;
            }
        }
        return new Fitted(fields, record.quoted(), List.of(), !ok);
    }

    private static boolean isEmpty(CsvTokenizer.Record record, int i) {
        return record.isQuoted(i) ? record.fields()[i].isEmpty() : CsvText.isBlank(record.fields()[i]);
    }

    /**
     * The row with each decimal column's value joined to the next field where both are unquoted whole numbers,
     * when that explains every field too many; null when it does not. Reports each split value.
     */
    private Fitted decimalCommaSplit(CsvTokenizer.Record record) {
        String[] fields = record.fields();
        int excess = fields.length - headerWidth;
        List<String> joined = new ArrayList<>(Arrays.asList(fields));
        List<Integer> split = new ArrayList<>();
        for (int column = 0; column < decimal.length && split.size() < excess; column++) {
            int at = column + split.size();
            if (decimal[column] && at + 1 < fields.length && !record.isQuoted(at) && !record.isQuoted(at + 1)
                    && isWhole(CsvText.strip(fields[at]), true) && isWhole(CsvText.strip(fields[at + 1]), false)) {
                split.add(column);
            }
        }
        if (split.size() != excess) {
            return null;
        }
        for (int i = split.size() - 1; i >= 0; i--) {
            int column = split.get(i);
            int at = column + i;
            joined.set(at, CsvText.strip(fields[at]) + "," + CsvText.strip(fields[at + 1]));
            joined.remove(at + 1);
        }
        for (int i = 0; i < joined.size(); i++) {
            if ((i >= headed.length || !headed[i]) && !CsvText.isBlank(joined.get(i))) {
                return null;
            }
        }
        boolean[] quoted = new boolean[joined.size()];
        for (int i = 0, shift = 0; i < joined.size(); i++) {
            quoted[i] = record.isQuoted(i + shift);
            if (split.contains(i)) {
                shift++;
            }
        }
        for (int column : split) {
            String[] parts = joined.get(column).split(",", 2);
            problems.add(Where.cell(file, record.line(), column + 1), "decimal.commaSplit", columns[column], parts[0],
                    parts[1]);
        }
        return new Fitted(joined.toArray(String[]::new), quoted, List.copyOf(split), false);
    }

    private static boolean isWhole(String text, boolean signed) {
        int start = signed && text.startsWith("-") ? 1 : 0;
        if (text.length() <= start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
