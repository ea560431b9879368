package nl.doorstroom.web.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.doorstroom.web.publishing.PublishedPlans;

/** Who a new version concerns: changed or new participants, and every host that gains or loses someone. */
class PlacementChangesTest {

    private static PublishedPlans.Placement at(String participant, String period, String host) {
        return new PublishedPlans.Placement(participant, participant, "", period, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30), host, host, host, "MUNICIPALITY", false);
    }

    @Test
    void theFirstVersionConcernsEveryoneInIt() {
        PlacementChanges changes = PlacementChanges.between(List.of(),
                List.of(at("T1", "H1", "A"), at("T2", "H1", "B"), at("J1", "H1", null)));

        assertThat(changes.participants()).containsExactly("J1", "T1", "T2");
        assertThat(changes.hosts()).containsExactly("A", "B");
    }

    @Test
    void aMoveConcernsTheParticipantAndBothHostsAndNobodyElse() {
        List<PublishedPlans.Placement> before = List.of(at("T1", "H1", "A"), at("T1", "H2", "B"),
                at("T2", "H1", "C"));
        PlacementChanges changes = PlacementChanges.between(before,
                List.of(at("T1", "H1", "A"), at("T1", "H2", "D"), at("T2", "H1", "C")));

        assertThat(changes.participants()).containsExactly("T1");
        assertThat(changes.hosts()).containsExactly("B", "D");
        assertThat(changes.changedPlacements()).containsExactly("T1@H2");
    }

    @Test
    void anUnchangedVersionConcernsNobodyAndARemovedParticipantsHostIsTold() {
        List<PublishedPlans.Placement> before = List.of(at("T1", "H1", "A"), at("T2", "H1", "B"));

        assertThat(PlacementChanges.between(before, before).participants()).isEmpty();
        assertThat(PlacementChanges.between(before, before).hosts()).isEmpty();
        PlacementChanges removed = PlacementChanges.between(before, List.of(at("T1", "H1", "A")));
        assertThat(removed.participants()).isEmpty();
        assertThat(removed.hosts()).containsExactly("B");
    }
}
