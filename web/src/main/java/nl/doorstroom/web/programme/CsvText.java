package nl.doorstroom.web.programme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

/** One CSV file built in memory, in the format data/README.md describes. */
final class CsvText {

    private final StringWriter text = new StringWriter();
    private final ICSVWriter writer;

    CsvText(String... header) {
        writer = new CSVWriterBuilder(text).withSeparator(',').withEscapeChar(CSVWriter.NO_ESCAPE_CHARACTER)
                .withLineEnd("\n").build();
        row((Object[]) header);
    }

    /** Null values become empty fields. */
    CsvText row(Object... values) {
        String[] fields = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            fields[i] = values[i] == null ? "" : String.valueOf(values[i]);
        }
        writer.writeNext(fields, false);
        return this;
    }

    byte[] bytes() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
