package nl.doorstroom.solver.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import nl.doorstroom.solver.constraints.PlacementConstraintProvider;
import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.PossibleHosts;

/**
 * Gives every participant the best host in one period at once, the other periods staying as they are, and
 * does so period after period until no period improves.
 *
 * <p>With the other periods fixed, every rule but two is about one participant: what a host costs them
 * (commute, layers seen, the same layer as the period before or after, wishes, secondment, a host they have
 * in another period) does not depend on where the others go. The two exceptions count a slot's occupants
 * (capacity, minimum), and their cost grows with every occupant by a rising step. That makes one period a
 * transportation problem, solved exactly as a minimum-cost flow: participant to slot to sink, or straight to
 * the sink when left without a host. Local search reaches the same plan only through long chains of swaps
 * that each look worse on their own (solver/BENCHMARKS.md).
 *
 * <p>What each host costs each participant is measured with the rules themselves, not recomputed here:
 * with the whole period emptied, the participant is put at each possible host and the score read; the
 * slot's part of that difference is taken out again (it goes into the flow's slot edges). Pinned placements
 * stay and take their slot's room. A period is changed only when its score improves.
 */
public final class PeriodReassignment implements PhaseCommand<Plan> {

    private static final String HOST = "host";

    @Override
    public void changeWorkingSolution(ScoreDirector<Plan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Plan plan = scoreDirector.getWorkingSolution();
        PossibleHosts hosts = new PossibleHosts(plan);
        SlotCost slotCost = new SlotCost(
                PlacementConstraintProvider.slotRuleWeight(plan, RuleNames.HOST_CAPACITY_EXCEEDED),
                PlacementConstraintProvider.slotRuleWeight(plan, RuleNames.HOST_MINIMUM_NOT_MET));
        Map<Period, List<Placement>> byPeriod = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            byPeriod.computeIfAbsent(placement.getPeriod(), p -> new ArrayList<>()).add(placement);
        }
        List<Period> periods = new ArrayList<>(byPeriod.keySet());
        periods.sort(Comparator.comparingInt(Period::getIndex));
        @SuppressWarnings("unchecked")
        InnerScoreDirector<Plan, HardMediumSoftLongScore> scores =
                (InnerScoreDirector<Plan, HardMediumSoftLongScore>) scoreDirector;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (Period period : periods) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return;
                }
                improved |= new OnePeriod(scores, hosts, slotCost, period, byPeriod.get(period))
                        .reassign(isPhaseTerminated);
            }
        }
    }

    /** What the k-th occupant of a slot adds to the score through the slot's two rules. */
    private record SlotCost(HardMediumSoftLongScore capacityWeight, HardMediumSoftLongScore minimumWeight) {

        HardMediumSoftLongScore ofOccupant(CapacityDeclaration slot, int k) {
            HardMediumSoftLongScore cost = HardMediumSoftLongScore.ZERO;
            if (k <= slot.getMin()) {
                cost = cost.subtract(minimumWeight);
            }
            if (k > slot.getMax()) {
                cost = cost.add(capacityWeight);
            }
            return cost;
        }
    }

    /** One period's flow network, built from measured costs, and the plan it gives. */
    private static final class OnePeriod {

        private static final int SOURCE = 0;
        private static final int SINK = 1;

        /** A way a placement can go: to a host (null: none) along an edge of the network. */
        private record Option(Organisation host, int edge) {
        }

        private final InnerScoreDirector<Plan, HardMediumSoftLongScore> scores;
        private final PossibleHosts hosts;
        private final SlotCost slotCost;
        private final Period period;
        private final List<Placement> movable = new ArrayList<>();
        private final Map<CapacityDeclaration, Integer> pinnedIn = new IdentityHashMap<>();

        OnePeriod(InnerScoreDirector<Plan, HardMediumSoftLongScore> scores, PossibleHosts hosts, SlotCost slotCost,
                Period period, List<Placement> placements) {
            this.scores = scores;
            this.hosts = hosts;
            this.slotCost = slotCost;
            this.period = period;
            for (Placement placement : placements) {
                if (!placement.isPinned()) {
                    movable.add(placement);
                } else {
                    CapacityDeclaration slot = slotOf(placement, placement.getHost());
                    if (slot != null) {
                        pinnedIn.merge(slot, 1, Integer::sum);
                    }
                }
            }
        }

        /** Returns whether the period's score improved; otherwise every placement is back where it was. */
        boolean reassign(BooleanSupplier isTerminated) {
            if (movable.isEmpty()) {
                return false;
            }
            HardMediumSoftLongScore before = score();
            Map<Placement, Organisation> original = new IdentityHashMap<>();
            movable.forEach(placement -> original.put(placement, placement.getHost()));
            movable.forEach(placement -> set(placement, null));
            HardMediumSoftLongScore empty = score();

            Map<CapacityDeclaration, Integer> slotNodes = new IdentityHashMap<>();
            MinCostFlow flow = new MinCostFlow(2 + movable.size() + countSlots());
            Map<Placement, List<Option>> options = new IdentityHashMap<>();
            for (int i = 0; i < movable.size(); i++) {
                if (isTerminated.getAsBoolean()) {
                    restore(original);
                    return false;
                }
                Placement placement = movable.get(i);
                int node = 2 + i;
                flow.addEdge(SOURCE, node, 1, HardMediumSoftLongScore.ZERO);
                List<Option> ways = new ArrayList<>();
                ways.add(new Option(null, flow.addEdge(node, SINK, 1, HardMediumSoftLongScore.ZERO)));
                for (Organisation host : List.copyOf(placement.getPossibleHosts())) {
                    set(placement, host);
                    HardMediumSoftLongScore cost = empty.subtract(score());
                    set(placement, null);
                    CapacityDeclaration slot = slotOf(placement, host);
                    int to = SINK;
                    if (slot != null) {
                        cost = cost.subtract(slotCost.ofOccupant(slot, pinnedIn.getOrDefault(slot, 0) + 1));
                        to = slotNodes.computeIfAbsent(slot, s -> 2 + movable.size() + slotNodes.size());
                    }
                    ways.add(new Option(host, flow.addEdge(node, to, 1, cost)));
                }
                options.put(placement, ways);
            }
            slotNodes.forEach((slot, node) -> addSlotEdges(flow, slot, node));
            if (flow.send(SOURCE, SINK, movable.size(), isTerminated) < movable.size()) {
                restore(original);
                return false;
            }

            for (Placement placement : movable) {
                for (Option way : options.get(placement)) {
                    if (flow.flow(way.edge()) > 0) {
                        set(placement, way.host());
                    }
                }
            }
            HardMediumSoftLongScore after = score();
            if (after.compareTo(before) <= 0) {
                restore(original);
                return false;
            }
            return true;
        }

        /**
         * One edge per occupant up to the larger of the slot's minimum and maximum, each costing what that
         * occupant adds; beyond, one edge for any number of overflowing occupants. Costs only rise, so the
         * cheapest flow fills a slot in order.
         */
        private void addSlotEdges(MinCostFlow flow, CapacityDeclaration slot, int node) {
            int pinned = pinnedIn.getOrDefault(slot, 0);
            int stepsEnd = Math.max(slot.getMin(), slot.getMax());
            for (int k = pinned + 1; k <= stepsEnd; k++) {
                flow.addEdge(node, SINK, 1, slotCost.ofOccupant(slot, k));
            }
            flow.addEdge(node, SINK, movable.size(), slotCost.ofOccupant(slot, Math.max(stepsEnd, pinned) + 1));
        }

        /** The slots the movable placements could count against: the flow's slot nodes. */
        private int countSlots() {
            Set<CapacityDeclaration> slots = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Placement placement : movable) {
                for (Organisation host : placement.getPossibleHosts()) {
                    CapacityDeclaration slot = slotOf(placement, host);
                    if (slot != null) {
                        slots.add(slot);
                    }
                }
            }
            return slots.size();
        }

        private void restore(Map<Placement, Organisation> original) {
            original.forEach(this::set);
            scores.calculateScore();
        }

        private CapacityDeclaration slotOf(Placement placement, Organisation host) {
            return hosts.slotFor(placement.getParticipant(), period, host);
        }

        private void set(Placement placement, Organisation host) {
            if (placement.getHost() == host) {
                return;
            }
            scores.beforeVariableChanged(placement, HOST);
            placement.setHost(host);
            scores.afterVariableChanged(placement, HOST);
        }

        private HardMediumSoftLongScore score() {
            return scores.calculateScore().raw();
        }
    }
}
