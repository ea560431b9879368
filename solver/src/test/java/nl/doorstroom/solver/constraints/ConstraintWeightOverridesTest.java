package nl.doorstroom.solver.constraints;

import static nl.doorstroom.solver.constraints.Fixtures.DEN_BOSCH;
import static nl.doorstroom.solver.constraints.Fixtures.H1_2027;
import static nl.doorstroom.solver.constraints.Fixtures.ORGANISATIONS;
import static nl.doorstroom.solver.constraints.Fixtures.linked;
import static nl.doorstroom.solver.constraints.Fixtures.placement;
import static nl.doorstroom.solver.constraints.Fixtures.programme;
import static nl.doorstroom.solver.constraints.Fixtures.slot;
import static nl.doorstroom.solver.constraints.Fixtures.trainee;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;

/** A programme's {@code weight.<rule>} settings reach the score through the plan. */
class ConstraintWeightOverridesTest {

    private static final SolutionManager<Plan, HardMediumSoftLongScore> SOLUTION_MANAGER = SolutionManager.create(
            SolverFactory.create(new SolverConfig()
                    .withSolutionClass(Plan.class)
                    .withEntityClasses(Placement.class)
                    .withConstraintProviderClass(PlacementConstraintProvider.class)));

    @Test
    void defaultWeightsApplyWithoutOverrides() {
        assertThat(SOLUTION_MANAGER.update(planFor(programme())))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(-27 * 27));
    }

    @Test
    void overriddenWeightChangesTheScore() {
        Programme programme = programme(Map.of(RuleNames.LONG_COMMUTE, HardMediumSoftLongScore.ofSoft(2)));
        assertThat(SOLUTION_MANAGER.update(planFor(programme)))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(-2 * 27 * 27));
    }

    @Test
    void zeroWeightSwitchesARuleOff() {
        Programme programme = programme(Map.of(RuleNames.LONG_COMMUTE, HardMediumSoftLongScore.ZERO));
        assertThat(SOLUTION_MANAGER.update(planFor(programme))).isEqualTo(HardMediumSoftLongScore.ZERO);
    }

    /** One trainee at 's-Hertogenbosch, 27 km from home: only the long commute rule has something to say. */
    private static Plan planFor(Programme programme) {
        Participant fleur = trainee("T01", "Fleur de Groot").commute(DEN_BOSCH, 27, 30).build();
        Placement placement = placement(fleur, H1_2027, DEN_BOSCH);
        return new Plan(programme, ORGANISATIONS, List.of(fleur), List.of(linked(slot(DEN_BOSCH, H1_2027, 0, 1))),
                List.of(), List.of(placement));
    }
}
