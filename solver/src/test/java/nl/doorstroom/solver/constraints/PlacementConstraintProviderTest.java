package nl.doorstroom.solver.constraints;

import static nl.doorstroom.solver.constraints.Fixtures.BREDA;
import static nl.doorstroom.solver.constraints.Fixtures.DEFENSIE;
import static nl.doorstroom.solver.constraints.Fixtures.DEN_BOSCH;
import static nl.doorstroom.solver.constraints.Fixtures.GRONINGEN;
import static nl.doorstroom.solver.constraints.Fixtures.H1_2027;
import static nl.doorstroom.solver.constraints.Fixtures.H1_2028;
import static nl.doorstroom.solver.constraints.Fixtures.H2_2027;
import static nl.doorstroom.solver.constraints.Fixtures.H2_2028;
import static nl.doorstroom.solver.constraints.Fixtures.NOORD_BRABANT;
import static nl.doorstroom.solver.constraints.Fixtures.TILBURG;
import static nl.doorstroom.solver.constraints.Fixtures.junior;
import static nl.doorstroom.solver.constraints.Fixtures.linked;
import static nl.doorstroom.solver.constraints.Fixtures.placement;
import static nl.doorstroom.solver.constraints.Fixtures.programme;
import static nl.doorstroom.solver.constraints.Fixtures.slot;
import static nl.doorstroom.solver.constraints.Fixtures.trainee;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Placement;

/** The hard rules: a plan that breaks one is not usable. */
class PlacementConstraintProviderTest {

    static final ConstraintVerifier<PlacementConstraintProvider, Plan> VERIFIER =
            ConstraintVerifier.build(new PlacementConstraintProvider(), Plan.class, Placement.class);

    private final Participant fleur = trainee("T01", "Fleur de Groot").build();
    private final Participant daan = trainee("T02", "Daan Jansen").build();
    private final Participant sanne = trainee("T03", "Sanne Bakker").build();

    @Test
    void hostCapacityExceededCountsPlacementsAboveTheMaximum() {
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, 0, 1));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostCapacityExceeded)
                .given(slots[0], placement(fleur, H1_2027, TILBURG), placement(daan, H1_2027, TILBURG),
                        placement(sanne, H1_2027, TILBURG))
                .justifiesWith(Reason.of(ReasonKeys.HOST_CAPACITY_EXCEEDED, null, "GM0855", "2027-H1",
                        "Tilburg", "2027-H1", 3, 1, "Daan Jansen, Fleur de Groot, Sanne Bakker", ""))
                .penalizesBy(2);
    }

    @Test
    void hostCapacityExceededCountsEachDisciplineAgainstItsOwnSlot() {
        Participant financeOne = trainee("T04", "Lotte Visser").discipline("financiën").build();
        Participant financeTwo = trainee("T05", "Bram Smit").discipline("financiën").build();
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, "financiën", 0, 1, null),
                slot(TILBURG, H1_2027, 0, 2));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostCapacityExceeded)
                .given(slots[0], slots[1], placement(financeOne, H1_2027, TILBURG),
                        placement(financeTwo, H1_2027, TILBURG), placement(fleur, H1_2027, TILBURG))
                .penalizesBy(1);
    }

    @Test
    void aDisciplineSlotTakesTheDisciplineHoweverItIsWrittenAndItsReasonNamesIt() {
        Participant waterOne = trainee("T04", "Lotte Visser").discipline("water").build();
        Participant waterTwo = trainee("T05", "Bram Smit").discipline(" WATER ").build();
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, "Water", 0, 1, null), slot(TILBURG, H1_2027, 0, 5));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostCapacityExceeded)
                .given(slots[0], slots[1], placement(waterOne, H1_2027, TILBURG), placement(waterTwo, H1_2027, TILBURG))
                .justifiesWith(Reason.of(ReasonKeys.HOST_CAPACITY_EXCEEDED_IN_SLOT, null, "GM0855", "2027-H1",
                        "Tilburg", "2027-H1", 2, 1, "Bram Smit, Lotte Visser", "Water"))
                .penalizesBy(1);
    }

    @Test
    void aDisciplineWrittenInAnotherCaseStillFitsItsSlot() {
        Participant water = trainee("T04", "Lotte Visser").discipline("water").build();
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, "Water", 0, 1, null));
        VERIFIER.verifyThat(PlacementConstraintProvider::disciplineDoesNotFit)
                .given(slots[0], placement(water, H1_2027, TILBURG))
                .penalizesBy(0);
        VERIFIER.verifyThat(PlacementConstraintProvider::disciplineDoesNotFit)
                .given(slots[0], placement(fleur, H1_2027, TILBURG))
                .penalizesBy(1);
    }

    @Test
    void hostCapacityWithinMaximumIsFine() {
        CapacityDeclaration[] slots = linked(slot(TILBURG, H1_2027, 0, 2), slot(TILBURG, H2_2027, 0, 1));
        VERIFIER.verifyThat(PlacementConstraintProvider::hostCapacityExceeded)
                .given(slots[0], slots[1], placement(fleur, H1_2027, TILBURG), placement(daan, H1_2027, TILBURG),
                        placement(sanne, H2_2027, TILBURG), placement(fleur, H2_2027, null))
                .penalizesBy(0);
    }

    @Test
    void noDeclaredCapacityWhenTheHostDeclaredOnlyForAnotherPeriod() {
        CapacityDeclaration[] slots = linked(slot(BREDA, H2_2027, 0, 2));
        VERIFIER.verifyThat(PlacementConstraintProvider::noDeclaredCapacity)
                .given(slots[0], placement(fleur, H1_2027, BREDA))
                .justifiesWith(Reason.of(ReasonKeys.NO_DECLARED_CAPACITY, "T01", "GM0758", "2027-H1",
                        "Fleur de Groot", "Breda", "2027-H1"))
                .penalizesBy(1);
    }

    @Test
    void noDeclaredCapacityIsQuietWhereCapacityWasDeclared() {
        CapacityDeclaration[] slots = linked(slot(BREDA, H1_2027, "financiën", 0, 2, null));
        VERIFIER.verifyThat(PlacementConstraintProvider::noDeclaredCapacity)
                .given(slots[0], placement(fleur, H1_2027, BREDA), placement(daan, H1_2027, null))
                .penalizesBy(0);
    }

    @Test
    void disciplineDoesNotFitWhenEverySlotNamesAnotherDiscipline() {
        Participant planner = trainee("T04", "Lotte Visser").discipline("ruimte").build();
        CapacityDeclaration[] slots = linked(slot(BREDA, H1_2027, "financiën", 0, 2, null),
                slot(BREDA, H1_2027, "sociaal domein", 0, 2, null));
        VERIFIER.verifyThat(PlacementConstraintProvider::disciplineDoesNotFit)
                .given(slots[0], slots[1], placement(planner, H1_2027, BREDA), placement(fleur, H2_2027, BREDA))
                .penalizesBy(1);
    }

    @Test
    void disciplineFitsTheNamedSlotOrAnOpenOne() {
        Participant controller = trainee("T04", "Lotte Visser").discipline("financiën").build();
        Participant planner = trainee("T05", "Bram Smit").discipline("ruimte").build();
        CapacityDeclaration[] slots = linked(slot(BREDA, H1_2027, "financiën", 0, 2, null),
                slot(BREDA, H1_2027, 0, 2));
        VERIFIER.verifyThat(PlacementConstraintProvider::disciplineDoesNotFit)
                .given(slots[0], slots[1], placement(controller, H1_2027, BREDA), placement(planner, H1_2027, BREDA),
                        placement(fleur, H1_2027, TILBURG))
                .penalizesBy(0);
    }

    @Test
    void sectorNotCompatibleForDefensieStaffAtAMunicipality() {
        Participant soldier = trainee("T04", "Joris Mulder").employer(DEFENSIE).build();
        VERIFIER.verifyThat(PlacementConstraintProvider::sectorNotCompatible)
                .given(programme(), placement(soldier, H1_2027, TILBURG))
                .justifiesWith(Reason.of(ReasonKeys.SECTOR_NOT_COMPATIBLE, "T04", "GM0855", "2027-H1",
                        "Joris Mulder", "Tilburg", "2027-H1", "Ministerie van Defensie", "DEFENSIE", "GEMEENTEN"))
                .penalizesBy(1);
    }

    @Test
    void sectorCompatibleWithinTheSectorOrWithSecondment() {
        VERIFIER.verifyThat(PlacementConstraintProvider::sectorNotCompatible)
                .given(programme(), placement(fleur, H1_2027, BREDA), placement(fleur, H2_2027, NOORD_BRABANT))
                .penalizesBy(0);
    }

    @Test
    void salaryScaleAboveCeilingBySteps() {
        Participant senior = trainee("T04", "Lotte Visser").salaryScale(12).build();
        CapacityDeclaration[] slots = linked(slot(DEN_BOSCH, H1_2027, null, 0, 2, 10));
        VERIFIER.verifyThat(PlacementConstraintProvider::salaryScaleAboveCeiling)
                .given(slots[0], placement(senior, H1_2027, DEN_BOSCH))
                .penalizesBy(2);
    }

    @Test
    void salaryScaleAtCeilingOrWithoutCeilingIsFine() {
        Participant atCeiling = trainee("T04", "Lotte Visser").salaryScale(10).build();
        Participant senior = trainee("T05", "Bram Smit").salaryScale(12).build();
        Participant controller = trainee("T06", "Eva de Vries").salaryScale(12).discipline("financiën").build();
        CapacityDeclaration[] slots = linked(slot(DEN_BOSCH, H1_2027, null, 0, 2, 10),
                slot(DEN_BOSCH, H1_2027, "financiën", 0, 1, null), slot(DEN_BOSCH, H2_2027, 0, 2));
        VERIFIER.verifyThat(PlacementConstraintProvider::salaryScaleAboveCeiling)
                .given(slots[0], slots[1], slots[2], placement(atCeiling, H1_2027, DEN_BOSCH),
                        placement(controller, H1_2027, DEN_BOSCH), placement(senior, H2_2027, DEN_BOSCH))
                .penalizesBy(0);
    }

    @Test
    void commuteTooLongByTheKilometresOverTheMaximum() {
        Participant far = trainee("T04", "Lotte Visser").commute(GRONINGEN, 243, 165).build();
        Participant ownLimit = trainee("T05", "Bram Smit").maxCommuteKm(30).commute(BREDA, 36, 35).build();
        VERIFIER.verifyThat(PlacementConstraintProvider::commuteTooLong)
                .given(programme(), placement(far, H1_2027, GRONINGEN), placement(ownLimit, H1_2027, BREDA))
                .justifiesWith(Reason.of(ReasonKeys.COMMUTE_TOO_LONG, "T05", "GM0758", "2027-H1",
                        "Bram Smit", "Breda", "2027-H1", 36, 30))
                .penalizesBy(183 + 6);
    }

    @Test
    void commuteWithinTheMaximumIsFine() {
        Participant near = trainee("T04", "Lotte Visser").commute(DEN_BOSCH, 27, 30).commute(BREDA, 60, 50).build();
        VERIFIER.verifyThat(PlacementConstraintProvider::commuteTooLong)
                .given(programme(), placement(near, H1_2027, DEN_BOSCH), placement(near, H2_2027, BREDA),
                        placement(fleur, H1_2027, TILBURG))
                .penalizesBy(0);
    }

    @Test
    void sameHostTwiceCountsEachPairAndEachReturnToTheHistory() {
        Participant returning = trainee("T04", "Lotte Visser").workedAt(BREDA, "2026-H2").build();
        VERIFIER.verifyThat(PlacementConstraintProvider::sameHostTwice)
                .given(placement(fleur, H1_2027, TILBURG), placement(fleur, H1_2028, TILBURG),
                        placement(fleur, H2_2028, TILBURG), placement(returning, H2_2027, BREDA))
                .justifiesWith(
                        Reason.of(ReasonKeys.SAME_HOST_TWICE_IN_PLAN, "T01", "GM0855", "2028-H1",
                                "Fleur de Groot", "Tilburg", "2028-H1", "2027-H1"),
                        Reason.of(ReasonKeys.SAME_HOST_TWICE_IN_HISTORY, "T04", "GM0758", "2027-H2",
                                "Lotte Visser", "Breda", "2027-H2"))
                .penalizesBy(3 + 1);
    }

    @Test
    void sameHostTwiceIsQuietForNewHostsAndOtherParticipants() {
        Participant returning = trainee("T04", "Lotte Visser").workedAt(BREDA, "2026-H2").build();
        VERIFIER.verifyThat(PlacementConstraintProvider::sameHostTwice)
                .given(placement(fleur, H1_2027, TILBURG), placement(fleur, H2_2027, BREDA),
                        placement(fleur, H1_2028, null), placement(fleur, H2_2028, null),
                        placement(daan, H1_2027, TILBURG), placement(returning, H1_2027, TILBURG))
                .penalizesBy(0);
    }

    @Test
    void traineeNotPlacedForEachEmptyPeriod() {
        VERIFIER.verifyThat(PlacementConstraintProvider::traineeNotPlaced)
                .given(placement(fleur, H1_2027, null), placement(fleur, H2_2027, null))
                .justifiesWith(Reason.of(ReasonKeys.TRAINEE_NOT_PLACED, "T01", null, "2027-H1",
                        "Fleur de Groot", "2027-H1"))
                .penalizesBy(2);
    }

    @Test
    void traineeNotPlacedIsQuietForPlacedTraineesAndJuniors() {
        Participant pool = junior("J01", "Noor Hendriks").build();
        VERIFIER.verifyThat(PlacementConstraintProvider::traineeNotPlaced)
                .given(placement(fleur, H1_2027, TILBURG), placement(pool, H1_2027, null))
                .penalizesBy(0);
    }
}
