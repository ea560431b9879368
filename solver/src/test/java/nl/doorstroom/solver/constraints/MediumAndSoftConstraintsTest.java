package nl.doorstroom.solver.constraints;

import static nl.doorstroom.solver.constraints.Fixtures.BRABANTSE_DELTA;
import static nl.doorstroom.solver.constraints.Fixtures.BREDA;
import static nl.doorstroom.solver.constraints.Fixtures.BZK;
import static nl.doorstroom.solver.constraints.Fixtures.DEN_BOSCH;
import static nl.doorstroom.solver.constraints.Fixtures.H1_2027;
import static nl.doorstroom.solver.constraints.Fixtures.H1_2028;
import static nl.doorstroom.solver.constraints.Fixtures.H2_2027;
import static nl.doorstroom.solver.constraints.Fixtures.NOORD_BRABANT;
import static nl.doorstroom.solver.constraints.Fixtures.TILBURG;
import static nl.doorstroom.solver.constraints.Fixtures.junior;
import static nl.doorstroom.solver.constraints.Fixtures.linked;
import static nl.doorstroom.solver.constraints.Fixtures.placement;
import static nl.doorstroom.solver.constraints.Fixtures.programme;
import static nl.doorstroom.solver.constraints.Fixtures.slot;
import static nl.doorstroom.solver.constraints.Fixtures.trainee;
import static nl.doorstroom.solver.constraints.PlacementConstraintProviderTest.VERIFIER;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;

/** The medium rules (fill what hosts asked for) and the soft ones (a good plan). */
class MediumAndSoftConstraintsTest {

    private final Participant fleur = trainee("T01", "Fleur de Groot")
            .commute(TILBURG, 4, 15).commute(BREDA, 29, 30).commute(DEN_BOSCH, 27, 30).build();
    private final Participant daan = trainee("T02", "Daan Jansen").build();
    private final Participant noor = junior("J01", "Noor Hendriks").build();

    @Test
    void hostMinimumNotMetCountsMissingParticipantsAlsoInEmptySlots() {
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, 2, 3), slot(BREDA, H1_2027, 1, 2));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostMinimumNotMet)
                .given(slots[0], slots[1], placement(fleur, H1_2027, TILBURG), placement(daan, H1_2027, null))
                .justifiesWith(Reason.of(ReasonKeys.HOST_MINIMUM_NOT_MET, null, "GM0758", "2027-H1",
                        "Breda", "2027-H1", 0, 1, ""))
                .penalizesBy(1 + 1);
    }

    @Test
    void hostMinimumOnlyCountsParticipantsOfTheSlotsDiscipline() {
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, "financiën", 1, 1, null),
                slot(TILBURG, H1_2027, 0, 2));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostMinimumNotMet)
                .given(slots[0], slots[1], placement(fleur, H1_2027, TILBURG))
                .penalizesBy(1);
    }

    @Test
    void aDisciplineSlotsMinimumNamesTheDiscipline() {
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, "financiën", 1, 1, null));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostMinimumNotMet)
                .given(slots[0], placement(fleur, H1_2027, null))
                .justifiesWith(Reason.of(ReasonKeys.HOST_MINIMUM_NOT_MET_IN_SLOT, null, "GM0855", "2027-H1",
                        "Tilburg", "2027-H1", 0, 1, "financiën"))
                .penalizesBy(1);
    }

    @Test
    void hostMinimumMetOrNotAskedIsFine() {
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, 1, 2), slot(BREDA, H1_2027, 0, 2));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostMinimumNotMet)
                .given(slots[0], slots[1], placement(fleur, H1_2027, TILBURG))
                .penalizesBy(0);
    }

    @Test
    void juniorBetweenAssignments() {
        VERIFIER.verifyThat(PlacementConstraintProvider::juniorBetweenAssignments)
                .given(placement(noor, H1_2027, null), placement(noor, H2_2027, TILBURG))
                .justifiesWith(Reason.of(ReasonKeys.JUNIOR_BETWEEN_ASSIGNMENTS, "J01", null, "2027-H1",
                        "Noor Hendriks", "2027-H1"))
                .penalizesBy(1);
    }

    @Test
    void juniorBetweenAssignmentsIsQuietForTrainees() {
        VERIFIER.verifyThat(PlacementConstraintProvider::juniorBetweenAssignments)
                .given(placement(fleur, H1_2027, null), placement(noor, H1_2027, BREDA))
                .penalizesBy(0);
    }

    @Test
    void tooFewLayersCountsTheMissingLayers() {
        // Three placements and one earlier one, all at municipalities: one layer of the three asked.
        Participant lotte = trainee("T04", "Lotte Visser").workedAt(DEN_BOSCH, "2026-H2").build();
        VERIFIER.verifyThat(PlacementConstraintProvider::tooFewLayers)
                .given(programme(), placement(lotte, H1_2027, TILBURG), placement(lotte, H2_2027, BREDA),
                        placement(lotte, H1_2028, null))
                .justifiesWith(Reason.of(ReasonKeys.TOO_FEW_LAYERS, "T04", null, null, "Lotte Visser", 1, 3))
                .penalizesBy(2);
    }

    @Test
    void tooFewLayersCountsTheHistoryAndAsksNoMoreThanThereArePlacements() {
        Participant lotte = trainee("T04", "Lotte Visser").workedAt(BRABANTSE_DELTA, "2026-H2").build();
        VERIFIER.verifyThat(PlacementConstraintProvider::tooFewLayers)
                .given(programme(), placement(lotte, H1_2027, TILBURG), placement(lotte, H2_2027, NOORD_BRABANT),
                        placement(fleur, H1_2027, BREDA))
                .penalizesBy(0);
    }

    @Test
    void sameLayerTwiceInARow() {
        VERIFIER.verifyThat(PlacementConstraintProvider::sameLayerTwiceInARow)
                .given(placement(fleur, H1_2027, TILBURG), placement(fleur, H2_2027, BREDA),
                        placement(fleur, H1_2028, NOORD_BRABANT))
                .justifiesWith(Reason.of(ReasonKeys.SAME_LAYER_TWICE_IN_A_ROW, "T01", "GM0758", "2027-H2",
                        "Fleur de Groot", "Tilburg", "2027-H1", "Breda", "2027-H2"))
                .penalizesBy(1);
    }

    @Test
    void sameLayerWithAPeriodBetweenIsFine() {
        VERIFIER.verifyThat(PlacementConstraintProvider::sameLayerTwiceInARow)
                .given(placement(fleur, H1_2027, TILBURG), placement(fleur, H2_2027, NOORD_BRABANT),
                        placement(fleur, H1_2028, BREDA), placement(daan, H2_2027, DEN_BOSCH))
                .penalizesBy(0);
    }

    @Test
    void longCommuteCostsTheSquareOfTheKilometres() {
        VERIFIER.verifyThat(PlacementConstraintProvider::longCommute)
                .given(placement(fleur, H1_2027, TILBURG), placement(fleur, H2_2027, BREDA))
                .justifiesWith(Reason.of(ReasonKeys.LONG_COMMUTE, "T01", "GM0758", "2027-H2",
                        "Fleur de Groot", "Breda", "2027-H2", 29, 30))
                .penalizesBy(4 * 4 + 29 * 29);
    }

    @Test
    void longCommuteIsQuietWithoutAHost() {
        VERIFIER.verifyThat(PlacementConstraintProvider::longCommute)
                .given(placement(fleur, H1_2027, null))
                .penalizesBy(0);
    }

    @Test
    void wishNotHonouredWhenPlacedThereInAnotherPeriodOrNotAtAll() {
        Wish breda = new Wish(WishSource.PARTICIPANT, fleur, BREDA, H2_2027);
        Wish bzk = new Wish(WishSource.HOST, daan, BZK, null);
        VERIFIER.verifyThat(PlacementConstraintProvider::wishNotHonoured)
                .given(breda, bzk, placement(fleur, H1_2027, BREDA), placement(fleur, H2_2027, TILBURG),
                        placement(daan, H1_2027, null))
                .justifiesWith(Reason.of(ReasonKeys.WISH_OF_HOST_ANY_PERIOD, "T02", "BZK", null,
                        "Daan Jansen", BZK.getName(), ""))
                .penalizesBy(2);
    }

    @Test
    void wishHonoured() {
        Wish breda = new Wish(WishSource.PARTICIPANT, fleur, BREDA, H2_2027);
        Wish bzk = new Wish(WishSource.HOST, daan, BZK, null);
        VERIFIER.verifyThat(PlacementConstraintProvider::wishNotHonoured)
                .given(breda, bzk, placement(fleur, H2_2027, BREDA), placement(daan, H1_2028, BZK))
                .penalizesBy(0);
    }

    @Test
    void secondmentNeededAcrossSectors() {
        VERIFIER.verifyThat(PlacementConstraintProvider::secondmentNeeded)
                .given(programme(), placement(fleur, H1_2027, NOORD_BRABANT), placement(fleur, H2_2027, BZK))
                .justifiesWith(Reason.of(ReasonKeys.SECONDMENT_NEEDED, "T01", "PV30", "2027-H1",
                        "Fleur de Groot", "Provincie Noord-Brabant", "2027-H1", "Tilburg"))
                .penalizesBy(2);
    }

    @Test
    void secondmentNotNeededWithinTheSector() {
        VERIFIER.verifyThat(PlacementConstraintProvider::secondmentNeeded)
                .given(programme(), placement(fleur, H1_2027, BREDA), placement(fleur, H2_2027, null))
                .penalizesBy(0);
    }

    @Test
    void changeToPublishedPlanWhenMovedOrDropped() {
        Placement moved = published(placement(fleur, H1_2027, BREDA), TILBURG);
        Placement dropped = published(placement(noor, H1_2027, null), DEN_BOSCH);
        VERIFIER.verifyThat(PlacementConstraintProvider::changeToPublishedPlan)
                .given(moved, dropped)
                .justifiesWith(
                        Reason.of(ReasonKeys.CHANGED_FROM_PUBLISHED_HOST, "T01", "GM0758", "2027-H1",
                                "Fleur de Groot", "Tilburg", "2027-H1", "Breda"),
                        Reason.of(ReasonKeys.REMOVED_FROM_PUBLISHED_HOST, "J01", "GM0796", "2027-H1",
                                "Noor Hendriks", "'s-Hertogenbosch", "2027-H1"))
                .penalizesBy(2);
    }

    @Test
    void keepingThePublishedPlanOrPlanningAnewIsFine() {
        VERIFIER.verifyThat(PlacementConstraintProvider::changeToPublishedPlan)
                .given(published(placement(fleur, H1_2027, TILBURG), TILBURG), placement(fleur, H2_2027, BREDA),
                        placement(noor, H1_2027, null))
                .penalizesBy(0);
    }

    private static Placement published(Placement placement, Organisation host) {
        placement.setPublishedHost(host);
        return placement;
    }
}
