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

/** Writes CSV the way the readers read it: comma separated, quoted only where needed, LF line ends. */
final class CsvOut implements AutoCloseable {

    private final ICSVWriter writer;

    CsvOut(Writer out, String... header) {
        this.writer = new CSVWriterBuilder(out).withSeparator(',').withQuoteChar('"')
                .withEscapeChar(CSVWriter.NO_ESCAPE_CHARACTER).withLineEnd("\n").build();
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
            fields[i] = values[i] == null ? "" : String.valueOf(values[i]);
        }
        writer.writeNext(fields, false);
        return this;
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
