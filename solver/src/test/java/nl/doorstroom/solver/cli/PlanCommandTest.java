package nl.doorstroom.solver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.doorstroom.solver.planning.DemoProgrammes;

class PlanCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new PlanCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoProgrammes.BRABANT, DemoProgrammes.ZUID_HOLLAND})
    void plansADemoProgrammeAndWritesBothFiles(String programme, @TempDir Path outFolder) throws IOException {
        int exit = run(DemoProgrammes.folder(programme).toString(), "--time", "10s", "--out", outFolder.toString());

        assertThat(exit).as(err()).isEqualTo(PlanCommand.OK);
        assertThat(out()).contains("best so far").contains("Best plan: 0hard/0medium/");
        List<String> placements = Files.readAllLines(outFolder.resolve("placements.csv"));
        assertThat(placements.get(0)).startsWith("participant,period,host,pinned");
        String explanation = Files.readString(outFolder.resolve("explanation.txt"));
        assertThat(explanation)
                .contains("Score: 0hard/0medium/")
                .contains("Bruikbaar: geen harde regel gebroken")
                .contains("Gebroken harde regels" + System.lineSeparator() + "  geen")
                .contains("Gebroken middelzware regels" + System.lineSeparator() + "  geen")
                .doesNotContain("Exception");
    }

    @Test
    void explainsInEnglishOnRequest(@TempDir Path outFolder) throws IOException {
        int exit = run(DemoProgrammes.folder(DemoProgrammes.BRABANT).toString(), "--time", "3s", "--lang", "en",
                "--out", outFolder.toString());

        assertThat(exit).isIn(PlanCommand.OK, PlanCommand.NOT_USABLE);
        assertThat(Files.readString(outFolder.resolve("explanation.txt")))
                .contains("Score per rule").contains("Broken hard rules");
    }

    @Test
    void badInputExitsWithEveryProblemListed(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("programme.csv"), "setting,value\nname,Kapot\nfirst_period_start,2027-13-01\n");

        int exit = run(folder.toString());

        assertThat(exit).isEqualTo(PlanCommand.BAD_INPUT);
        assertThat(err())
                .contains("cannot be planned")
                .contains("programme.csv:3:2:")
                .contains("participants.csv: required file is missing")
                .contains("capacity.csv: required file is missing");
        assertThat(Files.exists(folder.resolve("placements.csv"))).isFalse();
    }

    @Test
    void badArgumentsExplainTheUsage() {
        assertThat(run()).isEqualTo(PlanCommand.BAD_ARGUMENTS);
        assertThat(err()).contains("missing the programme folder").contains("Usage: plan <programme-folder>");
    }

    @Test
    void rejectsATimeItCannotRead() {
        assertThat(run("somewhere", "--time", "soon")).isEqualTo(PlanCommand.BAD_ARGUMENTS);
        assertThat(err()).contains("--time expects a positive duration such as 30s, 2m or 1h, got 'soon'");
    }
}
