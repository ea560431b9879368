package nl.doorstroom.solver.constraints;

import static nl.doorstroom.solver.constraints.Fixtures.BREDA;
import static nl.doorstroom.solver.constraints.Fixtures.DEN_BOSCH;
import static nl.doorstroom.solver.constraints.Fixtures.H1_2027;
import static nl.doorstroom.solver.constraints.Fixtures.H2_2027;
import static nl.doorstroom.solver.constraints.Fixtures.ORGANISATIONS;
import static nl.doorstroom.solver.constraints.Fixtures.TILBURG;
import static nl.doorstroom.solver.constraints.Fixtures.linked;
import static nl.doorstroom.solver.constraints.Fixtures.placement;
import static nl.doorstroom.solver.constraints.Fixtures.programme;
import static nl.doorstroom.solver.constraints.Fixtures.slot;
import static nl.doorstroom.solver.constraints.Fixtures.trainee;
import static nl.doorstroom.solver.constraints.PlacementConstraintProviderTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintRef;
import ai.timefold.solver.core.api.solver.SolutionManager;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;

/**
 * The fairness rule: how unevenly the participants' summed commutes are shared. The rule weighs nothing by
 * default, and a rule that weighs nothing is not evaluated at all, so the plans here weigh it one soft point.
 */
class UnfairCommuteConstraintTest {

    private static final Programme WEIGHED = programme(Map.of(RuleNames.UNFAIR_COMMUTE,
            HardMediumSoftLongScore.ONE_SOFT));

    private final Participant fleur = trainee("T01", "Fleur de Groot")
            .commute(TILBURG, 10, 20).commute(BREDA, 70, 75).commute(DEN_BOSCH, 40, 45).build();
    private final Participant daan = trainee("T02", "Daan Jansen")
            .commute(TILBURG, 10, 20).commute(BREDA, 70, 75).commute(DEN_BOSCH, 40, 45).build();

    /** Totals 10 and 70 km: mean 40, both 30 away from it, unfairness √(30² + 30²) = 42.4, so 42. */
    @Test
    void unevenTotalsArePenalisedByTheirUnfairnessAndNameWhoCommutesMost() {
        VERIFIER.verifyThat(PlacementConstraintProvider::unfairCommute)
                .givenSolution(plan(WEIGHED, placement(fleur, H1_2027, TILBURG), placement(daan, H1_2027, BREDA)))
                .justifiesWith(Reason.of(ReasonKeys.UNFAIR_COMMUTE, "T02", null, null, "Daan Jansen", 70, 40, 2, 42))
                .penalizesBy(42);
    }

    /** Totals over the whole programme count: 10 + 70 against 40 + 40 is fair. */
    @Test
    void equalTotalsOverAllPeriodsAreFair() {
        VERIFIER.verifyThat(PlacementConstraintProvider::unfairCommute)
                .givenSolution(plan(WEIGHED, placement(fleur, H1_2027, TILBURG), placement(fleur, H2_2027, BREDA),
                        placement(daan, H1_2027, DEN_BOSCH), placement(daan, H2_2027, DEN_BOSCH)))
                .penalizesBy(0);
    }

    /** A period without a host adds nothing to the participant's total: 40 against 40 + 0. */
    @Test
    void placementsWithoutAHostCarryNoLoad() {
        VERIFIER.verifyThat(PlacementConstraintProvider::unfairCommute)
                .givenSolution(plan(WEIGHED, placement(fleur, H1_2027, DEN_BOSCH), placement(daan, H1_2027, DEN_BOSCH),
                        placement(daan, H2_2027, null)))
                .penalizesBy(0);
    }

    @Test
    void offUnlessTheProgrammeWeighsIt() {
        SolutionManager<Plan, HardMediumSoftLongScore> scoring = SolutionManager.create(Scoring.factory());
        Plan off = plan(programme(), placement(fleur, H1_2027, TILBURG), placement(daan, H1_2027, BREDA));
        Plan on = plan(programme(Map.of(RuleNames.UNFAIR_COMMUTE, HardMediumSoftLongScore.ofSoft(100))),
                placement(fleur, H1_2027, TILBURG), placement(daan, H1_2027, BREDA));
        assertThat(scoring.update(on).softScore() - scoring.update(off).softScore()).isEqualTo(-100 * 42);
        assertThat(scoring.analyze(off).getConstraintAnalysis(
                ConstraintRef.of(
                        Plan.class.getPackageName(), RuleNames.UNFAIR_COMMUTE))).isNull();
    }

    private Plan plan(Programme programme, Placement... placements) {
        return new Plan(programme, ORGANISATIONS, List.of(fleur, daan),
                List.of(linked(slot(TILBURG, H1_2027, 0, 2), slot(BREDA, H1_2027, 0, 2), slot(DEN_BOSCH, H1_2027, 0, 2),
                        slot(BREDA, H2_2027, 0, 2), slot(DEN_BOSCH, H2_2027, 0, 2))),
                List.of(), List.of(placements));
    }
}
