package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;

/** No download holds a cell a spreadsheet would evaluate, and reading the download back gives the text again. */
class FormulaCellsTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"x\")";

    @Test
    void cellsThatLookLikeFormulasAreWrittenAsTextAndReadBackUnchanged() {
        Map<String, byte[]> files = new TreeMap<>(TestProgrammes.smallFiles());
        String participants = new String(files.get("participants.csv"), StandardCharsets.UTF_8)
                .replace("Fleur de Groot", "\"" + FORMULA.replace("\"", "\"\"") + "\"")
                .replace("Zoë van Dijk", "+31 6 1234")
                .replace("Anouk Jansen", "-Anouk")
                .replace("Daan Çelik", "@Daan");
        files.put("participants.csv", participants.getBytes(StandardCharsets.UTF_8));
        Plan plan = ProgrammeReader.read(ProgrammeSource.of(files));
        assertThat(plan.getParticipants()).extracting(Participant::getName)
                .contains(FORMULA, "+31 6 1234", "-Anouk", "@Daan");

        Map<String, byte[]> written = ProgrammeWriter.files(plan);
        String participantsCsv = new String(written.get("participants.csv"), StandardCharsets.UTF_8);
        StringWriter placements = new StringWriter();
        PlacementsWriter.write(plan, placements);
        for (String csv : new String[] {participantsCsv, placements.toString()}) {
            assertThat(csv).contains("'=HYPERLINK", "'+31 6 1234", "'-Anouk", "'@Daan");
            csv.lines().flatMap(line -> java.util.Arrays.stream(line.split(",")))
                    .map(cell -> cell.startsWith("\"") ? cell.substring(1) : cell)
                    .forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@"));
        }
        Plan again = ProgrammeReader.read(ProgrammeSource.of(written));
        assertThat(again.getParticipants()).extracting(Participant::getName)
                .isEqualTo(plan.getParticipants().stream().map(Participant::getName).toList());
    }
}
