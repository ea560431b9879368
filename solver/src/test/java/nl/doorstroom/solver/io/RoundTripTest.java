package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

class RoundTripTest {

    @TempDir
    Path folder;

    private final Plan plan = ProgrammeReader.read(TestProgrammes.small());

    @Test
    void programmeWriterOutputReadsBackToTheSamePlan() {
        ProgrammeWriter.write(plan, folder);
        Plan again = ProgrammeReader.read(folder);
        assertThat(TestProgrammes.describe(again)).isEqualTo(TestProgrammes.describe(plan));
    }

    @Test
    void placementsWriterOutputIsReadAsThePublishedPlan() throws IOException {
        // a pin the rules allow: a pin that breaks a hard rule is rejected on reading
        Organisation denBosch = plan.getOrganisations().stream().filter(o -> o.getCode().equals("GM0796"))
                .findFirst().orElseThrow();
        Placement t05 = plan.getPlacements().stream().filter(p -> p.getId().equals("T05@2028-H1")).findFirst()
                .orElseThrow();
        t05.setHost(denBosch);
        t05.setPinned(true);
        TestProgrammes.copyOfSmall(folder);
        PlacementsWriter.write(plan, folder.resolve("placements.csv"));
        Plan again = ProgrammeReader.read(folder);
        assertThat(again.getPlacements()).extracting(RoundTripTest::hostAndPin)
                .isEqualTo(plan.getPlacements().stream().map(RoundTripTest::hostAndPin).toList());
    }

    @Test
    void placementsCsvIsSortedAndHasTheReadableColumns() {
        StringWriter out = new StringWriter();
        PlacementsWriter.write(plan, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "participant,period,host,pinned,participant_name,host_name,layer,town,commute_km,commute_minutes");
        assertThat(lines.get(1)).isEqualTo("T01,2027-H1,PV30,true,Fleur de Groot,Provincie Noord-Brabant,PROVINCE,"
                + "'s-Hertogenbosch,0,10"); // same town: estimated 0 km plus the fixed 10 minutes
        assertThat(lines.get(5)).isEqualTo("T02,2027-H1,GM0796,false,Sjoerd Hoekstra,'s-Hertogenbosch,MUNICIPALITY,"
                + "'s-Hertogenbosch,210,140");
        assertThat(lines.get(9)).isEqualTo("T03,2027-H1,,false,Zoë van Dijk,,,,,");
        assertThat(lines).hasSize(1 + plan.getPlacements().size());
    }

    @Test
    void writesUtf8ToAFile() throws IOException {
        Path file = folder.resolve("placements.csv");
        PlacementsWriter.write(plan, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Zoë van Dijk", "Daan Çelik");
    }

    private static String hostAndPin(Placement p) {
        return p.getId() + " " + (p.getHost() == null ? "-" : p.getHost().getCode()) + " " + p.isPinned();
    }
}
