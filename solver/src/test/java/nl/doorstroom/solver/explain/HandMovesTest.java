package nl.doorstroom.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.constraints.ReasonKeys;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.ProgrammeReader;

/**
 * The solver only chooses possible hosts, but a coordinator may put someone anywhere: the plan is then
 * explained as it is, and the rules say what is wrong.
 */
class HandMovesTest {

    @Test
    void aHostOutsideThePossibleHostsIsExplainedByTheRules() throws URISyntaxException {
        Plan plan = ProgrammeReader.read(Path.of(getClass().getResource("/programmes/small/programme.csv").toURI())
                .getParent());
        Placement placement = plan.getPlacements().stream().filter(p -> p.getId().equals("T03@2027-H1"))
                .findFirst().orElseThrow();
        Organisation tilburg = plan.getOrganisations().stream().filter(o -> o.getCode().equals("GM0855"))
                .findFirst().orElseThrow();
        assertThat(placement.getPossibleHosts()).doesNotContain(tilburg);

        placement.setHost(tilburg);
        PlanExplanation explanation = new PlanExplainer().explain(plan);
        ScoredPlan.Recommendation best;
        try (ScoredPlan scored = ScoredPlan.of(plan)) {
            best = scored.recommend(placement, 1).get(0);
        }

        assertThat(placement.getPossibleHosts()).contains(tilburg);
        assertThat(explanation.breachesFor("T03", "2027-H1")).extracting(breach -> breach.reason().key())
                .contains(ReasonKeys.NO_DECLARED_CAPACITY);
        assertThat(best.difference().hardScore()).as("moving back to a possible host mends the hard rule").isPositive();
    }
}
