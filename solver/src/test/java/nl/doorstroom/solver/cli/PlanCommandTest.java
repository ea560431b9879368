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
        assertThat(out()).contains("beste tot nu toe").contains("Beste plan: 0hard/0medium/");
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

        int exit = run(folder.toString(), "--lang", "en");

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
        assertThat(run("--lang", "en")).isEqualTo(PlanCommand.BAD_ARGUMENTS);
        assertThat(err()).contains("missing the programme folder").contains("Usage: plan <programme-folder>");
    }

    @Test
    void rejectsATimeItCannotRead() {
        assertThat(run("somewhere", "--time", "soon", "--lang", "en")).isEqualTo(PlanCommand.BAD_ARGUMENTS);
        assertThat(err()).contains("--time expects a positive duration such as 30s, 2m or 1h, got 'soon'");
    }

    @Test
    void badInputIsListedInDutchByDefault(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("programme.csv"), "setting,value\nname,Kapot\n");

        assertThat(run(folder.toString())).isEqualTo(PlanCommand.BAD_INPUT);
        assertThat(err()).contains("kan niet gepland worden").contains("participants.csv: verplicht bestand ontbreekt");
    }

    @Test
    void helpIsUsageNotAFolder() {
        assertThat(run("-h")).isEqualTo(PlanCommand.OK);
        assertThat(out()).contains("Gebruik: plan <programmamap>").contains("--published");
        assertThat(run("--help", "--lang", "en")).isEqualTo(PlanCommand.OK);
        assertThat(out()).contains("Usage: plan <programme-folder>");
        assertThat(err()).isEmpty();
    }

    @Test
    void aFolderThatDoesNotExistIsSaidOnceAndPlainly(@TempDir Path parent) {
        Path missing = parent.resolve("brabant");

        assertThat(run(missing.toString(), "--lang", "en")).isEqualTo(PlanCommand.BAD_ARGUMENTS);
        assertThat(err()).isEqualTo("plan: there is no programme folder " + missing + System.lineSeparator());
    }

    @Test
    void anOutputThatIsAFileIsRefusedBeforeSolving(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("out.txt"), "not a folder");

        int exit = run(DemoProgrammes.folder(DemoProgrammes.BRABANT).toString(), "--out", file.toString(), "--lang",
                "en");

        assertThat(exit).isEqualTo(PlanCommand.BAD_ARGUMENTS);
        assertThat(err()).contains("plan: cannot write to " + file + ": it is a file, and --out names a folder");
        assertThat(out()).doesNotContain("Planning");
    }

    @Test
    void reReplanningAskedWithoutAPublishedPlanIsRefused() {
        assertThat(run("somewhere", "--today", "2027-08-01", "--lang", "en")).isEqualTo(PlanCommand.BAD_ARGUMENTS);
        assertThat(err()).contains("--today re-plans a published plan: name it with --published <file>");
    }

    /** Running twice with the default output never takes the first run's draft for a published plan. */
    @Test
    void theDraftItWroteIsNotReadBackAsThePublishedPlan(@TempDir Path folder) throws IOException {
        copy(DemoProgrammes.folder(DemoProgrammes.BRABANT), folder);
        assertThat(run(folder.toString(), "--time", "2s", "--lang", "en")).isIn(PlanCommand.OK, PlanCommand.NOT_USABLE);
        assertThat(folder.resolve("placements.csv")).exists();

        assertThat(run(folder.toString(), "--time", "2s", "--lang", "en")).isIn(PlanCommand.OK, PlanCommand.NOT_USABLE);

        assertThat(out()).contains("is the planner's own draft and is not read");
        assertThat(Files.readAllLines(folder.resolve("explanation.txt")))
                .filteredOn(l -> l.contains("Change to the published plan")).singleElement()
                .satisfies(l -> assertThat(l).endsWith(" 0  (0)"));
    }

    @Test
    void aPublishedPlanIsNamedExplicitly(@TempDir Path folder, @TempDir Path out) throws IOException {
        copy(DemoProgrammes.folder(DemoProgrammes.BRABANT), folder);
        assertThat(run(folder.toString(), "--time", "2s", "--out", out.toString())).isIn(PlanCommand.OK,
                PlanCommand.NOT_USABLE);
        Path published = Files.move(out.resolve("placements.csv"), out.resolve("published-v1.csv"));

        int exit = run(folder.toString(), "--time", "2s", "--published", published.toString(), "--today",
                "2027-08-01", "--lang", "en");

        assertThat(exit).as(err()).isIn(PlanCommand.OK, PlanCommand.NOT_USABLE);
        assertThat(out()).contains("Re-planning from 2027-08-01: 74 placement(s) in started periods kept as they are.");
    }

    @Test
    void writesPlacementsInTheDialectOfTheParticipantsFileAndListsThePeriods(@TempDir Path folder) throws IOException {
        copy(DemoProgrammes.folder(DemoProgrammes.BRABANT), folder);
        String participants = Files.readString(folder.resolve("participants.csv"));
        Files.writeString(folder.resolve("participants.csv"), "\uFEFF" + participants.replace(',', ';'));

        run(folder.toString(), "--time", "1s", "--lang", "en");

        byte[] written = Files.readAllBytes(folder.resolve("placements.csv"));
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("\uFEFFparticipant;period;host;pinned");
        assertThat(out()).contains("Periods: 2027-H1 (2027-01-01 to 2027-06-30), 2027-H2 (2027-07-01 to 2027-12-31)");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
