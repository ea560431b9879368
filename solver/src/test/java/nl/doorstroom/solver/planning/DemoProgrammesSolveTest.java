package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

class DemoProgrammesSolveTest {

    @ParameterizedTest
    @ValueSource(strings = {DemoProgrammes.BRABANT, DemoProgrammes.ZUID_HOLLAND})
    void demoProgrammeGetsAPlanWithoutBrokenHardOrMediumRules(String programme) {
        Plan plan = DemoProgrammes.solveUntilHardAndMediumClean(DemoProgrammes.read(programme));

        assertThat(plan.getScore().hardScore()).as("hard").isZero();
        assertThat(plan.getScore().mediumScore()).as("medium").isZero();
        assertThat(plan.getPlacements()).allMatch(Placement::isAssigned);
    }
}
