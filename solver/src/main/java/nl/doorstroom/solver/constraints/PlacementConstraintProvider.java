package nl.doorstroom.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.conditionally;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSet;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;

import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Wish;

/**
 * The rules of DESIGN.md as constraint streams. The weights here are the defaults; a programme
 * overrides them by rule name ({@code weight.<name>}), through the plan's constraint weight overrides.
 */
public class PlacementConstraintProvider implements ConstraintProvider {

    private static final HardMediumSoftLongScore ONE_HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore ONE_MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
    static final HardMediumSoftLongScore TOO_FEW_LAYERS_WEIGHT = HardMediumSoftLongScore.ofSoft(2000);
    static final HardMediumSoftLongScore SAME_LAYER_TWICE_WEIGHT = HardMediumSoftLongScore.ofSoft(500);
    static final HardMediumSoftLongScore LONG_COMMUTE_WEIGHT = HardMediumSoftLongScore.ONE_SOFT;
    static final HardMediumSoftLongScore WISH_WEIGHT = HardMediumSoftLongScore.ofSoft(800);
    static final HardMediumSoftLongScore SECONDMENT_WEIGHT = HardMediumSoftLongScore.ofSoft(200);
    static final HardMediumSoftLongScore CHANGE_WEIGHT = HardMediumSoftLongScore.ofSoft(3000);
    /** Off unless a programme weighs it: fairness costs total commute, a trade each programme makes itself. */
    static final HardMediumSoftLongScore UNFAIR_COMMUTE_WEIGHT = HardMediumSoftLongScore.ZERO;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                hostCapacityExceeded(factory),
                noDeclaredCapacity(factory),
                disciplineDoesNotFit(factory),
                sectorNotCompatible(factory),
                salaryScaleAboveCeiling(factory),
                commuteTooLong(factory),
                sameHostTwice(factory),
                traineeNotPlaced(factory),
                // Medium
                hostMinimumNotMet(factory),
                juniorBetweenAssignments(factory),
                // Soft
                tooFewLayers(factory),
                sameLayerTwiceInARow(factory),
                longCommute(factory),
                wishNotHonoured(factory),
                secondmentNeeded(factory),
                changeToPublishedPlan(factory),
                unfairCommute(factory)
        };
    }

    // ---- Hard

    Constraint hostCapacityExceeded(ConstraintFactory factory) {
        return factory.forEach(CapacityDeclaration.class)
                .join(Placement.class, equal(CapacityDeclaration::getHost, Placement::getHost),
                        equal(CapacityDeclaration::getPeriod, Placement::getPeriod),
                        filtering(CapacityDeclaration::isSlotFor))
                .groupBy((slot, placement) -> slot, toList((slot, placement) -> placement.getParticipant()))
                .filter((slot, placed) -> placed.size() > slot.getMax())
                .penalizeLong(ONE_HARD, (slot, placed) -> placed.size() - slot.getMax())
                .justifyWith((slot, placed, score) -> PlacementReasons.capacityExceeded(slot, placed))
                .asConstraint(RuleNames.HOST_CAPACITY_EXCEEDED);
    }

    Constraint noDeclaredCapacity(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .ifNotExists(CapacityDeclaration.class, equal(Placement::getHost, CapacityDeclaration::getHost),
                        equal(Placement::getPeriod, CapacityDeclaration::getPeriod))
                .penalizeLong(ONE_HARD)
                .justifyWith((placement, score) ->
                        PlacementReasons.aboutPlacement(ReasonKeys.NO_DECLARED_CAPACITY, placement))
                .asConstraint(RuleNames.NO_DECLARED_CAPACITY);
    }

    /** Only where the host declared capacity in the period at all; otherwise the rule above speaks. */
    Constraint disciplineDoesNotFit(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .ifExists(CapacityDeclaration.class, equal(Placement::getHost, CapacityDeclaration::getHost),
                        equal(Placement::getPeriod, CapacityDeclaration::getPeriod))
                .ifNotExists(CapacityDeclaration.class, equal(Placement::getHost, CapacityDeclaration::getHost),
                        equal(Placement::getPeriod, CapacityDeclaration::getPeriod),
                        filtering((placement, slot) -> slot.isSlotFor(placement.getParticipant())))
                .penalizeLong(ONE_HARD)
                .justifyWith((placement, score) -> PlacementReasons.aboutPlacement(
                        ReasonKeys.DISCIPLINE_DOES_NOT_FIT, placement, placement.getParticipant().getDiscipline()))
                .asConstraint(RuleNames.DISCIPLINE_DOES_NOT_FIT);
    }

    Constraint sectorNotCompatible(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .join(Programme.class)
                .filter((placement, programme) -> compatibility(placement, programme) == Compatibility.NOT_ALLOWED)
                .penalizeLong(ONE_HARD)
                .justifyWith((placement, programme, score) -> PlacementReasons.sectorNotCompatible(placement))
                .asConstraint(RuleNames.SECTOR_NOT_COMPATIBLE);
    }

    Constraint salaryScaleAboveCeiling(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .join(CapacityDeclaration.class, equal(Placement::getHost, CapacityDeclaration::getHost),
                        equal(Placement::getPeriod, CapacityDeclaration::getPeriod),
                        filtering((placement, slot) -> slot.isSlotFor(placement)
                                && !slot.acceptsSalaryScale(placement.getParticipant().getSalaryScale())))
                .penalizeLong(ONE_HARD, (placement, slot) ->
                        placement.getParticipant().getSalaryScale() - slot.getMaxSalaryScale())
                .justifyWith((placement, slot, score) -> PlacementReasons.aboutPlacement(
                        ReasonKeys.SALARY_SCALE_ABOVE_CEILING, placement,
                        placement.getParticipant().getSalaryScale(), slot.getMaxSalaryScale()))
                .asConstraint(RuleNames.SALARY_SCALE_ABOVE_CEILING);
    }

    Constraint commuteTooLong(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .join(Programme.class)
                .filter((placement, programme) -> commuteExcessKm(placement, programme) > 0)
                .penalizeLong(ONE_HARD, PlacementConstraintProvider::commuteExcessKm)
                .justifyWith((placement, programme, score) -> PlacementReasons.commuteTooLong(placement, programme))
                .asConstraint(RuleNames.COMMUTE_TOO_LONG);
    }

    /**
     * Two placements of one participant at one host (earlier, later), plus a placement at a host from
     * the participant's history (placement, null).
     */
    Constraint sameHostTwice(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .join(Placement.class, equal(Placement::getParticipant), equal(Placement::getHost),
                        lessThan(placement -> placement.getPeriod().getIndex()))
                .concat(factory.forEach(Placement.class)
                                .filter(placement -> placement.getParticipant().hasWorkedAt(placement.getHost())),
                        placement -> null)
                .penalizeLong(ONE_HARD)
                .justifyWith((earlier, later, score) -> PlacementReasons.sameHostTwice(earlier, later))
                .asConstraint(RuleNames.SAME_HOST_TWICE);
    }

    Constraint traineeNotPlaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(placement -> !placement.isAssigned() && placement.getParticipant().isTrainee())
                .penalizeLong(ONE_HARD)
                .justifyWith((placement, score) -> PlacementReasons.unplaced(ReasonKeys.TRAINEE_NOT_PLACED, placement))
                .asConstraint(RuleNames.TRAINEE_NOT_PLACED);
    }

    // ---- Medium

    /** Slots nobody is placed in are added back by the complement, with zero placements. */
    Constraint hostMinimumNotMet(ConstraintFactory factory) {
        return factory.forEach(CapacityDeclaration.class)
                .filter(slot -> slot.getMin() > 0)
                .join(Placement.class, equal(CapacityDeclaration::getHost, Placement::getHost),
                        equal(CapacityDeclaration::getPeriod, Placement::getPeriod),
                        filtering(CapacityDeclaration::isSlotFor))
                .groupBy((slot, placement) -> slot, countBi())
                .complement(CapacityDeclaration.class, slot -> 0)
                .filter((slot, placed) -> placed < slot.getMin())
                .penalizeLong(ONE_MEDIUM, (slot, placed) -> slot.getMin() - placed)
                .justifyWith((slot, placed, score) -> PlacementReasons.minimumNotMet(slot, placed))
                .asConstraint(RuleNames.HOST_MINIMUM_NOT_MET);
    }

    Constraint juniorBetweenAssignments(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(placement -> !placement.isAssigned() && !placement.getParticipant().isTrainee())
                .penalizeLong(ONE_MEDIUM)
                .justifyWith((placement, score) ->
                        PlacementReasons.unplaced(ReasonKeys.JUNIOR_BETWEEN_ASSIGNMENTS, placement))
                .asConstraint(RuleNames.JUNIOR_BETWEEN_ASSIGNMENTS);
    }

    // ---- Soft

    Constraint tooFewLayers(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .groupBy(Placement::getParticipant, count(),
                        conditionally(Placement::isAssigned, toSet(Placement::getLayer)))
                .join(Programme.class)
                .filter((participant, placements, layers, programme) ->
                        layersShort(participant, placements, layers, programme) > 0)
                .penalizeLong(TOO_FEW_LAYERS_WEIGHT, PlacementConstraintProvider::layersShort)
                .justifyWith((participant, placements, layers, programme, score) -> PlacementReasons.tooFewLayers(
                        participant, layersSeen(participant, layers), layerTarget(participant, placements, programme)))
                .asConstraint(RuleNames.TOO_FEW_LAYERS);
    }

    Constraint sameLayerTwiceInARow(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .join(Placement.class, equal(Placement::getParticipant), equal(Placement::getLayer),
                        filtering((first, next) -> first.getPeriod().isDirectlyBefore(next.getPeriod())))
                .penalizeLong(SAME_LAYER_TWICE_WEIGHT)
                .justifyWith((first, next, score) -> PlacementReasons.sameLayerTwice(first, next))
                .asConstraint(RuleNames.SAME_LAYER_TWICE_IN_A_ROW);
    }

    /** Squared, so two commutes of 40 km cost less than one of 10 km and one of 70 km. */
    Constraint longCommute(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .penalizeLong(LONG_COMMUTE_WEIGHT, placement -> {
                    long km = placement.getCommute().km();
                    return km * km;
                })
                .justifyWith((placement, score) -> PlacementReasons.aboutPlacement(ReasonKeys.LONG_COMMUTE,
                        placement, placement.getCommute().km(), placement.getCommute().minutes()))
                .asConstraint(RuleNames.LONG_COMMUTE);
    }

    Constraint wishNotHonoured(ConstraintFactory factory) {
        return factory.forEach(Wish.class)
                .ifNotExists(Placement.class, equal(Wish::participant, Placement::getParticipant),
                        equal(Wish::host, Placement::getHost), filtering(Wish::isFulfilledBy))
                .penalizeLong(WISH_WEIGHT)
                .justifyWith((wish, score) -> PlacementReasons.wishNotHonoured(wish))
                .asConstraint(RuleNames.WISH_NOT_HONOURED);
    }

    Constraint secondmentNeeded(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .join(Programme.class)
                .filter((placement, programme) -> compatibility(placement, programme) == Compatibility.SECONDMENT)
                .penalizeLong(SECONDMENT_WEIGHT)
                .justifyWith((placement, programme, score) -> PlacementReasons.aboutPlacement(
                        ReasonKeys.SECONDMENT_NEEDED, placement, placement.getParticipant().getEmployer().getName()))
                .asConstraint(RuleNames.SECONDMENT_NEEDED);
    }

    /** A published placement that moved to another host or lost its host. */
    Constraint changeToPublishedPlan(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(placement -> placement.getPublishedHost() != null
                        && !placement.getPublishedHost().equals(placement.getHost()))
                .penalizeLong(CHANGE_WEIGHT)
                .justifyWith((placement, score) -> PlacementReasons.changeToPublishedPlan(placement))
                .asConstraint(RuleNames.CHANGE_TO_PUBLISHED_PLAN);
    }

    /**
     * How unevenly the participants' commutes, summed over their placements, are shared: Timefold's unfairness
     * of the loads (the square root of the summed squared differences from the mean), in whole km. The long
     * commute rule makes the total small; this one keeps one participant from carrying most of it. One match
     * for the whole plan, justified by whoever commutes most. It is the one soft rule about everyone at once:
     * the period assignment ({@code PeriodFlows}) prices each participant's hosts as if the others stayed put,
     * which this rule does not hold to, but keeps a step only when the whole score improves.
     */
    Constraint unfairCommute(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(loadBalance(Placement::getParticipant, placement -> placement.getCommute().km()))
                .filter(balance -> balance.unfairness().signum() > 0)
                .penalizeLong(UNFAIR_COMMUTE_WEIGHT, PlacementConstraintProvider::unfairnessKm)
                .justifyWith((balance, score) -> PlacementReasons.unfairCommute(balance.loads(),
                        unfairnessKm(balance)))
                .asConstraint(RuleNames.UNFAIR_COMMUTE);
    }

    /**
     * The weight a plan gives one of the two rules that count a slot's occupants (capacity exceeded, minimum
     * not met): its override, or the default above. For code that reasons about a slot's cost per occupant.
     */
    public static HardMediumSoftLongScore slotRuleWeight(Plan plan, String rule) {
        HardMediumSoftLongScore defaultWeight = switch (rule) {
            case RuleNames.HOST_CAPACITY_EXCEEDED -> ONE_HARD;
            case RuleNames.HOST_MINIMUM_NOT_MET -> ONE_MEDIUM;
            default -> throw new IllegalArgumentException("Not a rule about a slot's occupants: " + rule);
        };
        ConstraintWeightOverrides<HardMediumSoftLongScore> overrides = plan.getConstraintWeightOverrides();
        HardMediumSoftLongScore override = overrides == null ? null : overrides.getConstraintWeight(rule);
        return override == null ? defaultWeight : override;
    }

    // ---- Helpers

    private static long unfairnessKm(LoadBalance<Participant> balance) {
        return balance.unfairness().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Compatibility compatibility(Placement placement, Programme programme) {
        return programme.compatibility(placement.getParticipant(), placement.getHost());
    }

    private static long commuteExcessKm(Placement placement, Programme programme) {
        return placement.getCommute().km() - programme.maxCommuteKmFor(placement.getParticipant());
    }

    /** Layers seen in this plan plus those of the hosts in the participant's history. */
    private static int layersSeen(Participant participant, Set<Layer> plannedLayers) {
        Set<Layer> seen = EnumSet.noneOf(Layer.class);
        seen.addAll(plannedLayers);
        for (HistoryEntry entry : participant.getHistory()) {
            seen.add(entry.host().getLayer());
        }
        return seen.size();
    }

    /** The programme's target, but never more than the participant has placements to see layers in. */
    private static int layerTarget(Participant participant, int placements, Programme programme) {
        return Math.min(programme.getLayerVarietyTarget(), placements + participant.getHistory().size());
    }

    private static long layersShort(Participant participant, int placements, Set<Layer> plannedLayers,
            Programme programme) {
        return Math.max(0, layerTarget(participant, placements, programme) - layersSeen(participant, plannedLayers));
    }
}
