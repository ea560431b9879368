package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvMalformedLineException;

import nl.doorstroom.solver.input.Problems;
import nl.doorstroom.solver.input.Where;

/**
 * One CSV file as a spreadsheet writes it: {@code ,} or {@code ;} separated, optional byte-order mark,
 * LF or CRLF, quoted fields, a header whose names may differ in case and order.
 * Every row remembers the physical line it starts on, so problems point at what the user sees.
 */
final class CsvTable {

    private final String file;
    private final int headerLine;
    private final Map<String, Integer> columnIndex;
    private final List<CsvRow> rows = new ArrayList<>();
    private final Problems problems;

    private CsvTable(String file, int headerLine, Map<String, Integer> columnIndex, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.headerLine = headerLine;
        this.columnIndex = columnIndex;
    }

    /** The table, or empty when the file is unusable as a whole (the problems then say why). */
    static Optional<CsvTable> parse(String file, byte[] content, Columns columns, Problems problems) {
        String text = decode(file, content, problems);
        if (text == null) {
            return Optional.empty();
        }
        List<Record> records = records(file, text, problems);
        if (records == null) {
            return Optional.empty();
        }
        if (records.isEmpty()) {
            problems.add(Where.cell(file, 1, 1), "file.empty", String.join(", ", columns.all()));
            return Optional.empty();
        }
        Record header = records.get(0);
        CsvTable table = header(file, header, columns, problems);
        if (table == null) {
            return Optional.empty();
        }
        for (Record record : records.subList(1, records.size())) {
            table.addRow(record, header.fields().length, problems);
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

    private record Record(int line, String[] fields) {
    }

    /** The non-empty records with their starting lines; null when the file cannot be parsed. */
    private static List<Record> records(String file, String text, Problems problems) {
        CSVParser parser = new CSVParserBuilder()
                .withSeparator(separatorOf(text))
                .withQuoteChar('"')
                .withEscapeChar(ICSVParser.NULL_CHARACTER)
                .withIgnoreLeadingWhiteSpace(true)
                .build();
        List<Record> records = new ArrayList<>();
        long linesRead = 0;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text)).withCSVParser(parser).build()) {
            while (true) {
                linesRead = reader.getLinesRead();
                String[] fields = reader.readNext();
                if (fields == null) {
                    return records;
                }
                if (!isBlank(fields)) {
                    records.add(new Record((int) linesRead + 1, fields));
                }
            }
        } catch (CsvMalformedLineException e) {
            problems.add(Where.cell(file, (int) linesRead + 1, 1), "file.quoteNotClosed");
        } catch (IOException | RuntimeException | com.opencsv.exceptions.CsvException e) {
            problems.add(Where.cell(file, (int) linesRead + 1, 1), "file.notCsv");
        }
        return null;
    }

    /** A Dutch spreadsheet writes {@code ;}; whichever separator the header uses most is the file's. */
    private static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean seenText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenText) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            if (!Character.isWhitespace(c)) {
                seenText = true;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean isBlank(String[] fields) {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static CsvTable header(String file, Record header, Columns columns, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        boolean ok = true;
        String[] names = header.fields();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!columns.knows(name)) {
                problems.add(Where.cell(file, header.line(), i + 1), "column.unknown", names[i].trim(),
                        String.join(", ", columns.all()));
                ok = false;
            } else if (index.containsKey(name)) {
                problems.add(Where.cell(file, header.line(), i + 1), "column.twice", name);
                ok = false;
            } else {
                index.put(name, i);
            }
        }
        for (String required : columns.required()) {
            if (!index.containsKey(required)) {
                problems.add(Where.cell(file, header.line(), 1), "column.missing", required);
                ok = false;
            }
        }
        return ok ? new CsvTable(file, header.line(), index, problems) : null;
    }

    private void addRow(Record record, int headerWidth, Problems problems) {
        String[] fields = record.fields();
        boolean ok = true;
        for (int i = 0; i < fields.length; i++) {
            boolean named = i < headerWidth && columnIndex.containsValue(i);
            if (!named && !fields[i].isBlank()) {
                problems.add(Where.cell(file, record.line(), i + 1), "row.valueWithoutColumn", fields[i].trim(),
                        columnIndex.size());
                ok = false;
            }
        }
        if (ok) {
            rows.add(new CsvRow(this, record.line(), fields));
        }
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

    int width() {
        return columnIndex.values().stream().mapToInt(i -> i + 1).max().orElse(0);
    }
}
