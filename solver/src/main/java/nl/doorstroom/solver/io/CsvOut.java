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
 * Writes CSV the way the readers read it: comma separated, quoted only where needed, LF line ends. A cell that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return
 * first) is written with a leading {@code '}, which spreadsheets show as text and the readers drop again.
 */
public final class CsvOut implements AutoCloseable {

    private final ICSVWriter writer;

    CsvOut(Writer out, String... header) {
        this.writer = new CSVWriterBuilder(out).withSeparator(',').withQuoteChar('"')
                // a quote inside a field is written twice, as RFC 4180 and every spreadsheet read it
                .withEscapeChar(CSVWriter.DEFAULT_ESCAPE_CHARACTER).withLineEnd("\n").build();
        row((Object[]) header);
    }

    static CsvOut to(Path file, String... header) {
        try {
            return new CsvOut(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null values are written as empty fields. */
    CsvOut row(Object... values) {
        String[] fields = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            fields[i] = values[i] == null ? "" : asText(String.valueOf(values[i]));
        }
        writer.writeNext(fields, false);
        return this;
    }

    /** The cell as a spreadsheet must show it: never as a formula. */
    public static String asText(String cell) {
        return startsLikeAFormula(cell) ? "'" + cell : cell;
    }

    /** What {@link #asText} added, taken off again. */
    public static String fromText(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    void flush() {
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
