package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.Problems;

/** What the CSV reader keeps of a value, and that what the writer writes reads back as it was. */
class CsvReadingTest {

    private static final Columns COLUMNS = Columns.of(List.of("row", "a", "b"), List.of());

    private static CsvTable read(String text) {
        Problems problems = new Problems();
        CsvTable table = CsvTable.parse("test.csv", text.getBytes(StandardCharsets.UTF_8), COLUMNS, problems)
                .orElseThrow();
        assertThat(problems.list()).extracting(InputProblem::toString).isEmpty();
        return table;
    }

    @Test
    void quotedTextKeepsItsSpacesAndUnquotedTextIsTrimmed() {
        CsvTable table = read("row,a,b\n1,\"  Den Haag \",  Tilburg \t\n");
        CsvRow row = table.rows().get(0);
        assertThat(row.text("a")).isEqualTo("  Den Haag ");
        assertThat(row.text("b")).isEqualTo("Tilburg");
    }

    @Test
    void blanksAroundTheQuotesAreNotPartOfTheValue() {
        CsvRow row = read("row;a;b\r\n1;  \"x;y\"  ; \"\"\"quoted\"\"\" \r\n").rows().get(0);
        assertThat(row.text("a")).isEqualTo("x;y");
        assertThat(row.text("b")).isEqualTo("\"quoted\"");
    }

    @Test
    void numbersAndCodesNeverKeepBlanksEvenWhenQuoted() {
        Problems problems = new Problems();
        CsvTable table = CsvTable.parse("test.csv", "row,a,b\n\" 7 \",\" 5,25 \",x\n".getBytes(StandardCharsets.UTF_8),
                COLUMNS, problems).orElseThrow();
        CsvRow row = table.rows().get(0);
        assertThat(row.integer("row", null)).isEqualTo(7);
        assertThat(row.decimal("a", "1.5")).isEqualTo(5.25);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aLineBreakInACellIsOneLineBreakWhateverTheFilesLineEnds() {
        CsvTable table = read("row,a,b\r\n1,\"first\r\nsecond\",x\r\n3,y,z\r\n");
        assertThat(table.rows().get(0).text("a")).isEqualTo("first\nsecond");
        assertThat(table.rows().get(1).line()).as("physical line").isEqualTo(4);
    }

    /**
     * Any text, written by the planner's CSV writer in either dialect, reads back as it was: quotes, separators,
     * line breaks, formula characters, blanks at either end, any character. A line break in a cell is one line
     * break, so CRLF inside a text reads back as LF.
     */
    @Property(tries = 400)
    void anyTextWrittenByCsvOutReadsBackUnchanged(@ForAll("rows") List<List<String>> rows,
            @ForAll("separators") char separator) {
        StringWriter out = new StringWriter();
        try (CsvOut csv = new CsvOut(out, new CsvDialect(separator, false), "row", "a", "b")) {
            for (int i = 0; i < rows.size(); i++) {
                csv.row(i, rows.get(i).get(0), rows.get(i).get(1));
            }
        }
        CsvTable table = read(out.toString());
        assertThat(table.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = table.rows().get(i);
            assertThat(row.text("a")).isEqualTo(rows.get(i).get(0).replace("\r\n", "\n"));
            assertThat(row.text("b")).isEqualTo(rows.get(i).get(1).replace("\r\n", "\n"));
        }
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of(',', ';');
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars("\"';,=+-@ \t\r\n\u00A0\uFEFFaZ0é’")
                .ofMaxLength(12);
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
        Arbitrary<String> text = Arbitraries.oneOf(tricky, anyText);
        return text.list().ofSize(2).list().ofMinSize(1).ofMaxSize(6);
    }

    @Test
    void aFormulaMarkThatIsPartOfTheTextSurvivesTheRoundTrip() {
        for (String text : List.of("=1+1", "'=1+1", "''@x", "'", "'plain", "-", " -x")) {
            assertThat(CsvOut.fromText(CsvOut.asText(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void aSeparatorDialectIsReadFromTheContent() {
        assertThat(CsvDialect.of("\uFEFFa;b;c\n1;2,5;3\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new CsvDialect(';', true));
        assertThat(CsvDialect.of("a,b\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(CsvDialect.PLAIN);
    }

    @Test
    void rowsWithTheOtherSeparatorAreOneProblemNotOnePerColumn() {
        Problems problems = new Problems();
        assertThat(CsvTable.parse("test.csv", "row;a;b\n1,x,y\n2,x,y\n".getBytes(StandardCharsets.UTF_8), COLUMNS,
                problems)).isEmpty();
        assertThat(problems.list()).extracting(InputProblem::toString).containsExactly("test.csv:2:1: the header "
                + "line is separated by ';' but 2 row(s) by ',' (the first is this line): save the file again with "
                + "one separator");
    }

    @Test
    void manyProblemsAreListedUpToACapWithACountOfTheRest() {
        List<String> header = new ArrayList<>(List.of("row", "a", "b"));
        for (int i = 0; i < 120_000; i++) {
            header.add("extra" + i);
        }
        Problems problems = new Problems();
        CsvTable.parse("test.csv", (String.join(",", header) + "\n1,2,3\n").getBytes(StandardCharsets.UTF_8),
                COLUMNS, problems);
        List<InputProblem> listed = problems.list();
        assertThat(problems.size()).isEqualTo(120_000);
        assertThat(listed).hasSize(101);
        assertThat(listed.get(0).toString()).startsWith("test.csv:1:4: unknown column 'extra0'");
        assertThat(listed.get(100).toString()).isEqualTo("test.csv: and 119900 more in this file (not listed)");
        assertThat(listed.stream().mapToInt(p -> p.toString().length()).sum()).isLessThan(20_000);
    }
}
