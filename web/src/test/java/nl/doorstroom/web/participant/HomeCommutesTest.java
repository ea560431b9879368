package nl.doorstroom.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.WebIntegrationTest;
import nl.doorstroom.web.programme.ProgrammeStore;

/** The commutes read straight from the database are exactly those of the participant in the loaded plan. */
class HomeCommutesTest extends WebIntegrationTest {

    @Autowired
    HomeCommutes commutes;
    @Autowired
    ProgrammeStore store;

    @Test
    void everyParticipantToEveryHostAsThePlanSaysIncludingKnownDistances() {
        long programme = importDemo("zuid-holland-pool");
        Plan plan = store.load(programme);
        List<String> hosts = plan.getOrganisations().stream().map(Organisation::getCode).toList();
        int known = 0;
        for (Participant participant : plan.getParticipants()) {
            HomeCommutes.Commutes direct = commutes.of(programme, participant.getId(), hosts).orElseThrow();
            for (Organisation host : plan.getOrganisations()) {
                assertThat(direct.byHost().get(host.getCode())).as(participant.getId() + " to " + host.getCode())
                        .isEqualTo(participant.commuteTo(host));
            }
            known += participant.getKnownCommutes().size();
        }
        assertThat(known).as("the pool programme has known distances, so both sources are compared").isPositive();
    }

    @Test
    void aParticipantWithoutAStoredHomePositionIsLeftToThePlan() {
        long programme = importSmall();
        jdbc.sql("update participant set home_latitude = null, home_longitude = null where programme_id = ? and id = 'T1'")
                .param(programme).update();

        assertThat(commutes.of(programme, "T1", List.of("GM0828"))).isEmpty();
    }
}
