package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/** DESIGN rule 11: re-planning a published plan keeps the past and changes the future only where it must. */
class ReplanningTest {

    @Test
    void aHostTakingOneFewerInTheLastPeriodMovesFewPeopleAndNothingInStartedPeriods() {
        Plan published = DemoProgrammes.solveUntilHardAndMediumClean(DemoProgrammes.read(DemoProgrammes.BRABANT));
        assertThat(published.getScore().hardScore()).isZero();
        Map<String, Organisation> publishedHosts = published.getPlacements().stream()
                .collect(Collectors.toMap(Placement::getId, Placement::getHost));
        Period last = published.getPeriods().get(published.getPeriods().size() - 1);

        // The busiest slot of the last period loses one place after publication.
        CapacityDeclaration busiest = published.getCapacityDeclarations().stream()
                .filter(d -> d.getPeriod().equals(last))
                .max(Comparator.comparingLong(d -> published.getPlacements().stream().filter(d::isSlotFor).count()))
                .orElseThrow();
        long placedThere = published.getPlacements().stream().filter(busiest::isSlotFor).count();
        assertThat(placedThere).isPositive();
        Plan replan = withSlotReducedTo(published, busiest, (int) placedThere - 1);
        for (Placement placement : replan.getPlacements()) {
            placement.setPublishedHost(placement.getHost());
        }
        Replanning.pinStartedPeriods(replan, last.getStart().minusDays(1));

        Plan result = DemoProgrammes.solveUntilHardAndMediumClean(replan);

        assertThat(result.getScore().hardScore()).isZero();
        List<Placement> changed = result.getPlacements().stream()
                .filter(p -> !p.getHost().equals(publishedHosts.get(p.getId()))).toList();
        assertThat(changed).as("changes").isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .allMatch(p -> p.getPeriod().equals(last));
    }

    private static Plan withSlotReducedTo(Plan plan, CapacityDeclaration slot, int max) {
        List<CapacityDeclaration> declarations = new ArrayList<>(plan.getCapacityDeclarations());
        declarations.replaceAll(d -> d != slot ? d : new CapacityDeclaration(d.getHost(), d.getPeriod(),
                d.getDiscipline(), Math.min(d.getMin(), max), max, d.getMaxSalaryScale()));
        CapacityDeclaration.linkSlots(declarations);
        return new Plan(plan.getProgramme(), plan.getOrganisations(), plan.getParticipants(), declarations,
                plan.getWishes(), plan.getPlacements());
    }

}
