package nl.doorstroom.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

class PinningTest {

    @Test
    void pinnedPlacementsNeverMoveWhateverTheyCost() {
        Plan problem = DemoProgrammes.read(DemoProgrammes.BRABANT);
        // Pin five first-period placements to the last host of their range, a choice the solver
        // would rarely make itself: it must keep them even where they break rules.
        Map<String, Organisation> pinnedHosts = new HashMap<>();
        List<Placement> chosen = problem.getPlacements().stream()
                .filter(p -> p.getPeriod().getIndex() == 0).limit(5).toList();
        for (Placement placement : chosen) {
            List<Organisation> range = placement.getPossibleHosts();
            Organisation host = range.get(range.size() - 1);
            placement.setHost(host);
            placement.setPinned(true);
            pinnedHosts.put(placement.getId(), host);
        }

        Plan plan = new Planner(Duration.ofSeconds(3)).solve(problem, progress -> { });

        for (Placement placement : plan.getPlacements()) {
            if (pinnedHosts.containsKey(placement.getId())) {
                assertThat(placement.isPinned()).isTrue();
                assertThat(placement.getHost()).as(placement.getId()).isEqualTo(pinnedHosts.get(placement.getId()));
            }
        }
        assertThat(plan.getPlacements()).filteredOn(Placement::isPinned).hasSize(pinnedHosts.size());
    }
}
