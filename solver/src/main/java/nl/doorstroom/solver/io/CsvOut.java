package nl.doorstroom.solver.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

/**
 * Writes CSV the way the readers read it: separated by the dialect's separator (comma by default), quoted only
 * where needed, LF line ends. A cell that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return or line feed first) is written with a leading {@code '}, which spreadsheets show as text
 * and the readers drop again. A row with a value that starts or ends with a blank is written quoted, because
 * the readers drop the blanks around an unquoted value.
 */
public final class CsvOut implements AutoCloseable {

    private final ICSVWriter writer;

    CsvOut(Writer out, String... header) {
        this(out, CsvDialect.PLAIN, header);
    }

    /** A byte-order mark, when the dialect has one, is the caller's to write: it belongs to the file, not the text. */
    public CsvOut(Writer out, CsvDialect dialect, String... header) {
        this.writer = new CSVWriterBuilder(out).withSeparator(dialect.separator()).withQuoteChar('"')
                // a quote inside a field is written twice, as RFC 4180 and every spreadsheet read it
                .withEscapeChar(CSVWriter.DEFAULT_ESCAPE_CHARACTER).withLineEnd("\n").build();
        row((Object[]) header);
    }

    static CsvOut to(Path file, String... header) {
        return to(file, CsvDialect.PLAIN, header);
    }

    static CsvOut to(Path file, CsvDialect dialect, String... header) {
        try {
            Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            if (dialect.byteOrderMark()) {
                out.write('\uFEFF');
            }
            return new CsvOut(out, dialect, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null values are written as empty fields. */
    public CsvOut row(Object... values) {
        String[] fields = new String[values.length];
        boolean quoteAll = false;
        for (int i = 0; i < values.length; i++) {
            fields[i] = values[i] == null ? "" : asText(String.valueOf(values[i]));
            quoteAll |= CsvText.hasBlankAtAnEnd(fields[i]);
        }
        writer.writeNext(fields, quoteAll);
        return this;
    }

    /**
     * The cell as a spreadsheet must show it: never as a formula. Text that already starts with the marks this
     * adds, followed by a formula character, gets one more, so reading it back gives the same text.
     */
    public static String asText(String cell) {
        return startsLikeAFormula(afterMarks(cell)) ? "'" + cell : cell;
    }

    /** What {@link #asText} added, taken off again. */
    public static String fromText(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(afterMarks(cell))
                ? cell.substring(1) : cell;
    }

    /** The cell without the {@code '} marks it starts with. */
    private static String afterMarks(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return cell.substring(i);
    }

    private static boolean startsLikeAFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        // a line feed too: a cell's CRLF reads back as LF, and the mark must be recognised either way
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }

    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
