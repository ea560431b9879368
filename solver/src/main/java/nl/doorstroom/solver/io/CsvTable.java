package nl.doorstroom.solver.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.doorstroom.solver.input.Problems;
import nl.doorstroom.solver.input.Where;

/**
 * One CSV file as a spreadsheet writes it: {@code ,} or {@code ;} separated, optional byte-order mark,
 * LF or CRLF, quoted fields, a header whose names may differ in case and order.
 * Every row remembers the physical line it starts on, so problems point at what the user sees.
 *
 * <p>A header with an unknown or missing column still lets the rows be read, so their own problems are listed
 * too; a missing column is then unreadable in every row rather than empty in each.
 */
final class CsvTable {

    private final String file;
    private final int headerLine;
    private final Map<String, Integer> columnIndex;
    /** Required columns the header lacks: every row's value there is unreadable, not empty. */
    private final Set<String> missing;
    private final List<CsvRow> rows = new ArrayList<>();
    private final Problems problems;

    private CsvTable(String file, int headerLine, Map<String, Integer> columnIndex, Set<String> missing,
            Problems problems) {
        this.file = file;
        this.problems = problems;
        this.headerLine = headerLine;
        this.columnIndex = columnIndex;
        this.missing = missing;
    }

    /** The table, or empty when the file is unusable as a whole (the problems then say why). */
    static Optional<CsvTable> parse(String file, byte[] content, Columns columns, Problems problems) {
        String text = decode(file, content, problems);
        if (text == null) {
            return Optional.empty();
        }
        char separator = CsvDialect.separatorOf(text);
        List<CsvTokenizer.Record> records;
        try {
            records = CsvTokenizer.records(text, separator).stream().filter(r -> !r.isBlank()).toList();
        } catch (CsvTokenizer.UnclosedQuote e) {
            problems.add(Where.cell(file, e.line, e.field), "file.quoteNotClosed");
            return Optional.empty();
        }
        if (records.isEmpty()) {
            problems.add(Where.cell(file, 1, 1), "file.empty", String.join(", ", columns.all()));
            return Optional.empty();
        }
        CsvTokenizer.Record header = records.get(0);
        List<CsvTokenizer.Record> body = records.subList(1, records.size());
        if (MixedSeparators.reported(file, header, body, separator, problems)) {
            return Optional.empty();
        }
        CsvTable table = header(file, header, columns, problems);
        String[] columnsByField = table.columnsByField(header.fields().length);
        RowWidth width = new RowWidth(file, header.fields(), columnsByField,
                table.decimalFields(header.fields().length, columns), problems);
        for (CsvTokenizer.Record record : body) {
            RowWidth.Fitted fitted = width.fit(record);
            CsvRow row = new CsvRow(table, record.line(), fitted.fields(), fitted.quoted());
            fitted.splitColumns().forEach(i -> row.markUnreadable(columnsByField[i]));
            if (fitted.misaligned()) {
                row.markAllUnreadable();
            }
            table.rows.add(row);
        }
        return Optional.of(table);
    }

    private static String decode(String file, byte[] content, Problems problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(Where.cell(file, firstLineThatIsNotUtf8(content), 1), "file.notUtf8");
            return null;
        }
    }

    private static int firstLineThatIsNotUtf8(byte[] content) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    /** Reports what is wrong with the header; the table reads the columns it can place. */
    private static CsvTable header(String file, CsvTokenizer.Record header, Columns columns, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        String[] names = header.fields();
        for (int i = 0; i < names.length; i++) {
            String given = header.isQuoted(i) ? names[i].strip() : CsvText.strip(names[i]);
            String name = given.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!columns.knows(name)) {
                problems.add(Where.cell(file, header.line(), i + 1), "column.unknown", given,
                        String.join(", ", columns.all()));
            } else if (index.containsKey(name)) {
                problems.add(Where.cell(file, header.line(), i + 1), "column.twice", name);
            } else {
                index.put(name, i);
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String required : columns.required()) {
            if (!index.containsKey(required)) {
                problems.add(Where.cell(file, header.line(), 1), "column.missing", required);
                missing.add(required);
            }
        }
        return new CsvTable(file, header.line(), index, Set.copyOf(missing), problems);
    }

    /** Per field position of a header this wide, the known column there, or null. */
    private String[] columnsByField(int headerWidth) {
        String[] names = new String[headerWidth];
        columnIndex.forEach((name, i) -> names[i] = name);
        return names;
    }

    private boolean[] decimalFields(int headerWidth, Columns columns) {
        boolean[] decimal = new boolean[headerWidth];
        columnIndex.forEach((name, i) -> decimal[i] = columns.isDecimal(name));
        return decimal;
    }

    Problems problems() {
        return problems;
    }

    String file() {
        return file;
    }

    int headerLine() {
        return headerLine;
    }

    List<CsvRow> rows() {
        return rows;
    }

    /** Zero-based field index of the column, or -1 when the file leaves this optional column out. */
    int indexOf(String column) {
        Integer i = columnIndex.get(column);
        return i == null ? -1 : i;
    }

    boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    /** A required column the header lacks (reported once, at the header). */
    boolean isMissing(String column) {
        return missing.contains(column);
    }

    boolean hasMissingColumns() {
        return !missing.isEmpty();
    }

    int width() {
        return columnIndex.values().stream().mapToInt(i -> i + 1).max().orElse(0);
    }
}
