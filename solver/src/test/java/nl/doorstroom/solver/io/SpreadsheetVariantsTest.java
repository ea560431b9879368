package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

/** The files as Excel and LibreOffice save them load exactly like the plain ones. */
class SpreadsheetVariantsTest {

    @TempDir
    Path folder;

    private final List<String> expected = TestProgrammes.describe(ProgrammeReader.read(TestProgrammes.small()));

    private List<String> readVariant(UnaryOperator<List<String[]>> change, char separator, boolean quoteAll,
            String lineEnd, boolean bom) throws Exception {
        for (String file : TestProgrammes.FILES) {
            List<String[]> rows;
            try (CSVReader reader = new CSVReader(new StringReader(TestProgrammes.text(file)))) {
                rows = change.apply(new ArrayList<>(reader.readAll()));
            }
            StringWriter out = new StringWriter();
            try (ICSVWriter writer = new CSVWriterBuilder(out).withSeparator(separator).withLineEnd(lineEnd).build()) {
                writer.writeAll(rows, quoteAll);
            }
            String text = (bom ? "\uFEFF" : "") + out;
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        }
        return TestProgrammes.describe(ProgrammeReader.read(folder));
    }

    @Test
    void semicolonSeparated() throws Exception {
        assertThat(readVariant(rows -> rows, ';', false, "\n", false)).isEqualTo(expected);
    }

    @Test
    void byteOrderMarkAndCrLf() throws Exception {
        assertThat(readVariant(rows -> rows, ',', false, "\r\n", true)).isEqualTo(expected);
    }

    @Test
    void everyFieldQuotedWithSemicolonsAndCrLf() throws Exception {
        assertThat(readVariant(rows -> rows, ';', true, "\r\n", true)).isEqualTo(expected);
    }

    @Test
    void headerInOtherCaseAndColumnsInOtherOrder() throws Exception {
        UnaryOperator<List<String[]>> reverse = rows -> rows.stream().map(row -> {
            List<String> fields = new ArrayList<>(Arrays.asList(row));
            Collections.reverse(fields);
            return fields.toArray(String[]::new);
        }).toList();
        UnaryOperator<List<String[]>> upperHeader = rows -> {
            List<String[]> copy = new ArrayList<>(rows);
            copy.set(0, Arrays.stream(rows.get(0)).map(h -> h.toUpperCase(Locale.ROOT)).toArray(String[]::new));
            return copy;
        };
        assertThat(readVariant(rows -> upperHeader.apply(reverse.apply(rows)), ',', false, "\n", false))
                .isEqualTo(expected);
    }

    /** Blanks around a value, quoted or not, are not part of it; blanks inside the quotes are (QuotedTextTest). */
    @Test
    void spacesAroundValuesAndEmptyLines() throws Exception {
        for (String file : TestProgrammes.FILES) {
            List<String[]> rows;
            try (CSVReader reader = new CSVReader(new StringReader(TestProgrammes.text(file)))) {
                rows = reader.readAll();
            }
            StringBuilder text = new StringBuilder();
            for (String[] row : rows) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < row.length; i++) {
                    fields.add(i % 2 == 0 ? "  \"" + row[i].replace("\"", "\"\"") + "\" " : " " + row[i] + "\t");
                }
                text.append(String.join(";", fields)).append("\r\n").append(" \r\n");
            }
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        }
        assertThat(TestProgrammes.describe(ProgrammeReader.read(folder))).isEqualTo(expected);
    }

    @Test
    void quotedFieldsWithSeparatorsNewlinesAndDoubledQuotes() throws Exception {
        TestProgrammes.copyOfSmall(folder);
        Files.writeString(folder.resolve("organisations.csv"),
                "code;name;layer;sector;town;latitude;longitude\r\n"
                        + "POOL01;\"Talentenpool \"\"Brabant\"\"; regio\r\nNoord\";OTHER;POOL;'s-Hertogenbosch;51,69;5,3\r\n");
        var plan = ProgrammeReader.read(folder);
        var pool = plan.getOrganisations().stream().filter(o -> o.getCode().equals("POOL01")).findFirst().orElseThrow();
        assertThat(pool.getName()).isEqualTo("Talentenpool \"Brabant\"; regio\nNoord");
        assertThat(pool.getLocation().latitude()).isEqualTo(51.69);
    }
}
