package nl.doorstroom.solver.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/** The large programme the reading benchmark measures is a valid programme, homes written every way included. */
class LargeProgrammeTest {

    @Test
    void readsAsAProgramme(@TempDir Path folder) {
        Plan plan = ProgrammeReader.read(LargeProgramme.write(folder, 2_000, 1L));
        assertThat(plan.getParticipants()).hasSize(2_000);
        assertThat(plan.getParticipants()).extracting(Participant::getHomeTown).contains("'s-Hertogenbosch");
        assertThat(plan.getPlacements()).hasSize(8_000);
    }
}
