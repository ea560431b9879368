package nl.doorstroom.solver.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import nl.doorstroom.solver.constraints.PlacementConstraintProvider;
import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.PossibleHosts;

/**
 * One period of a plan as a transportation problem, solved exactly as a minimum-cost flow, with the other
 * periods fixed: see {@link PeriodReassignment} for why that is exact.
 *
 * <p>What each possible host costs a participant in a period (a <em>row</em>) is measured with the rules
 * themselves: the placement is set to each host in turn and the score read, and the slot's part of the
 * difference (capacity, minimum) is taken out, because the flow's slot edges carry it. A row depends only on
 * the participant's hosts in the other periods, so it is kept until one of those changes.
 */
final class PeriodFlows {

    private static final String HOST = "host";
    private static final int SOURCE = 0;
    private static final int SINK = 1;
    /**
     * Rows kept per placement: the latest two, because a tried change that is undone makes the row from before
     * it valid again.
     */
    private static final int ROWS_KEPT = 2;
    /** Rounds of reassigning both periods of an exchange; more than three hardly ever changed anything. */
    private static final int MAX_ALTERNATIONS = 3;

    private final InnerScoreDirector<Plan, HardMediumSoftLongScore> scores;
    private final PossibleHosts hosts;
    private final HardMediumSoftLongScore capacityWeight;
    private final HardMediumSoftLongScore minimumWeight;
    private final Map<Period, List<Placement>> byPeriod = new HashMap<>();
    private final Map<Participant, List<Placement>> byParticipant = new LinkedHashMap<>();
    private final List<Period> periods;
    /** Per placement its latest rows, newest last. */
    private final Map<Placement, List<Row>> rows = new IdentityHashMap<>();
    private final Set<Period> reassignedBefore = new HashSet<>();

    /** The cost of each host for one placement, measured while the participant had {@code context} elsewhere. */
    private record Row(List<Organisation> context, List<Organisation> hosts, List<HardMediumSoftLongScore> costs) {
    }

    /** A way a placement can go: to a host (null: none) along an edge of the network. */
    private record Option(Placement placement, Organisation host, int edge) {
    }

    @SuppressWarnings("unchecked")
    PeriodFlows(ScoreDirector<Plan> scoreDirector) {
        // Timefold's public score director does not give the score; the custom phase needs it for exact costs.
        this.scores = (InnerScoreDirector<Plan, HardMediumSoftLongScore>) scoreDirector;
        Plan plan = scoreDirector.getWorkingSolution();
        this.hosts = new PossibleHosts(plan);
        this.capacityWeight = PlacementConstraintProvider.slotRuleWeight(plan, RuleNames.HOST_CAPACITY_EXCEEDED);
        this.minimumWeight = PlacementConstraintProvider.slotRuleWeight(plan, RuleNames.HOST_MINIMUM_NOT_MET);
        for (Placement placement : plan.getPlacements()) {
            byPeriod.computeIfAbsent(placement.getPeriod(), p -> new ArrayList<>()).add(placement);
            byParticipant.computeIfAbsent(placement.getParticipant(), p -> new ArrayList<>()).add(placement);
        }
        periods = new ArrayList<>(byPeriod.keySet());
        periods.sort(Comparator.comparingInt(Period::getIndex));
    }

    List<Period> periods() {
        return periods;
    }

    Iterable<List<Placement>> placementsPerParticipant() {
        return byParticipant.values();
    }

    /**
     * Gives every unpinned placement of the period its best host given the other periods. Returns whether
     * the score improved; otherwise the period is as it was.
     */
    boolean reassign(Period period, BooleanSupplier isTerminated) {
        List<Placement> movable = new ArrayList<>();
        for (Placement placement : byPeriod.get(period)) {
            if (!placement.isPinned()) {
                movable.add(placement);
            }
        }
        if (movable.isEmpty()) {
            return false;
        }
        Map<CapacityDeclaration, Integer> occupants = occupants(period, false);
        Map<Placement, Row> rowOf = new IdentityHashMap<>();
        for (Placement placement : movable) {
            if (isTerminated.getAsBoolean()) {
                return false;
            }
            rowOf.put(placement, rowOf(placement, occupants));
        }
        Map<CapacityDeclaration, Integer> slotNodes = new IdentityHashMap<>();
        for (Placement placement : movable) {
            for (Organisation host : rowOf.get(placement).hosts()) {
                CapacityDeclaration slot = slotOf(placement, host);
                if (slot != null) {
                    slotNodes.computeIfAbsent(slot, s -> 2 + movable.size() + slotNodes.size());
                }
            }
        }
        // The first time, the flow is built path by path; after that the present plan is the starting flow and
        // cancelling the cycles that make it cheaper is quicker, since it is nearly the cheapest already.
        boolean fromPresent = !reassignedBefore.add(period);
        MinCostFlow flow = new MinCostFlow(2 + movable.size() + slotNodes.size());
        List<Option> options = new ArrayList<>();
        Map<CapacityDeclaration, Integer> movableIn = new IdentityHashMap<>();
        for (int i = 0; i < movable.size(); i++) {
            Placement placement = movable.get(i);
            int node = 2 + i;
            int start = flow.addEdge(SOURCE, node, 1, HardMediumSoftLongScore.ZERO);
            int unplaced = flow.addEdge(node, SINK, 1, HardMediumSoftLongScore.ZERO);
            options.add(new Option(placement, null, unplaced));
            int present = unplaced;
            Row row = rowOf.get(placement);
            for (int h = 0; h < row.hosts().size(); h++) {
                Organisation host = row.hosts().get(h);
                CapacityDeclaration slot = slotOf(placement, host);
                int to = slot == null ? SINK : slotNodes.get(slot);
                int edge = flow.addEdge(node, to, 1, row.costs().get(h));
                options.add(new Option(placement, host, edge));
                if (host.equals(placement.getHost())) {
                    present = edge;
                    if (slot != null) {
                        movableIn.merge(slot, 1, Integer::sum);
                    }
                }
            }
            if (fromPresent) {
                flow.push(start, 1);
                flow.push(present, 1);
            }
        }
        Map<CapacityDeclaration, Integer> pinned = occupants(period, true);
        slotNodes.forEach((slot, node) -> addSlotEdges(flow, slot, node, pinned.getOrDefault(slot, 0),
                movable.size(), fromPresent ? movableIn.getOrDefault(slot, 0) : 0));
        boolean cheapest = fromPresent ? flow.cancelNegativeCycles(isTerminated)
                : flow.send(SOURCE, SINK, movable.size(), isTerminated) == movable.size();
        if (!cheapest) {
            return false;
        }
        HardMediumSoftLongScore before = score();
        Map<Placement, Organisation> original = snapshot(List.of(period));
        for (Option option : options) {
            if (flow.flow(option.edge()) > 0) {
                set(option.placement(), option.host());
            }
        }
        return keepIfBetter(before, original);
    }

    /**
     * Exchanges the hosts of two placements of one participant, then reassigns both periods so the others
     * make room or fill the gap. Kept when the score is at least as good: an exchange that changes nothing in
     * the score can open the way to one that does. Returns whether the score improved.
     */
    boolean exchangeAndReassign(Placement first, Placement second, BooleanSupplier isTerminated) {
        Organisation firstHost = first.getHost();
        Organisation secondHost = second.getHost();
        if (first.isPinned() || second.isPinned() || Objects.equals(firstHost, secondHost)
                || secondHost != null && !first.getPossibleHosts().contains(secondHost)
                || firstHost != null && !second.getPossibleHosts().contains(firstHost)) {
            return false;
        }
        HardMediumSoftLongScore before = score();
        Map<Placement, Organisation> original = snapshot(List.of(first.getPeriod(), second.getPeriod()));
        set(first, secondHost);
        set(second, firstHost);
        // Again while either changes: someone who left a host in one period may now take it in the other.
        boolean changed = true;
        for (int round = 0; changed && round < MAX_ALTERNATIONS; round++) {
            changed = reassign(first.getPeriod(), isTerminated);
            changed |= reassign(second.getPeriod(), isTerminated);
        }
        int order = score().compareTo(before);
        if (order < 0) {
            restore(original);
        }
        return order > 0;
    }

    private boolean keepIfBetter(HardMediumSoftLongScore before, Map<Placement, Organisation> original) {
        if (score().compareTo(before) > 0) {
            return true;
        }
        restore(original);
        return false;
    }

    private void restore(Map<Placement, Organisation> original) {
        original.forEach(this::set);
        score();
    }

    private Map<Placement, Organisation> snapshot(List<Period> of) {
        Map<Placement, Organisation> hostsNow = new IdentityHashMap<>();
        for (Period period : of) {
            for (Placement placement : byPeriod.get(period)) {
                hostsNow.put(placement, placement.getHost());
            }
        }
        return hostsNow;
    }

    /** The placement's row, measured now unless the participant's other periods are as when it was measured. */
    private Row rowOf(Placement placement, Map<CapacityDeclaration, Integer> occupants) {
        List<Organisation> context = new ArrayList<>();
        for (Placement other : byParticipant.get(placement.getParticipant())) {
            if (other != placement) {
                context.add(other.getHost());
            }
        }
        List<Row> kept = rows.computeIfAbsent(placement, p -> new ArrayList<>(ROWS_KEPT));
        for (Row row : kept) {
            if (row.context().equals(context) && row.hosts().size() == placement.getPossibleHosts().size()) {
                return row;
            }
        }
        Organisation current = placement.getHost();
        CapacityDeclaration currentSlot = slotOf(placement, current);
        set(placement, null);
        HardMediumSoftLongScore without = score();
        List<Organisation> options = List.copyOf(placement.getPossibleHosts());
        List<HardMediumSoftLongScore> costs = new ArrayList<>(options.size());
        for (Organisation host : options) {
            set(placement, host);
            HardMediumSoftLongScore cost = without.subtract(score());
            CapacityDeclaration slot = slotOf(placement, host);
            if (slot != null) {
                int others = occupants.getOrDefault(slot, 0) - (slot == currentSlot ? 1 : 0);
                cost = cost.subtract(ofOccupant(slot, others + 1));
            }
            costs.add(cost);
        }
        set(placement, current);
        Row row = new Row(context, options, costs);
        if (kept.size() == ROWS_KEPT) {
            kept.remove(0);
        }
        kept.add(row);
        return row;
    }

    /**
     * One edge per occupant up to the larger of the slot's minimum and maximum, each costing what that
     * occupant adds; beyond, one edge for any number of overflowing occupants. Costs only rise, so the
     * cheapest flow fills a slot in order; the slot's {@code present} unpinned occupants start on the first.
     */
    private void addSlotEdges(MinCostFlow flow, CapacityDeclaration slot, int node, int pinned, int units, int present) {
        int stepsEnd = Math.max(slot.getMin(), slot.getMax());
        int toPlace = present;
        for (int k = pinned + 1; k <= stepsEnd; k++) {
            int edge = flow.addEdge(node, SINK, 1, ofOccupant(slot, k));
            if (toPlace > 0) {
                flow.push(edge, 1);
                toPlace--;
            }
        }
        flow.push(flow.addEdge(node, SINK, units, ofOccupant(slot, Math.max(stepsEnd, pinned) + 1)), toPlace);
    }

    /** What the k-th occupant of a slot adds to the cost through the slot's two rules. */
    private HardMediumSoftLongScore ofOccupant(CapacityDeclaration slot, int k) {
        HardMediumSoftLongScore cost = HardMediumSoftLongScore.ZERO;
        if (k <= slot.getMin()) {
            cost = cost.subtract(minimumWeight);
        }
        if (k > slot.getMax()) {
            cost = cost.add(capacityWeight);
        }
        return cost;
    }

    /** How many placements of the period (only pinned ones, or all) count against each slot. */
    private Map<CapacityDeclaration, Integer> occupants(Period period, boolean pinnedOnly) {
        Map<CapacityDeclaration, Integer> count = new IdentityHashMap<>();
        for (Placement placement : byPeriod.get(period)) {
            CapacityDeclaration slot = slotOf(placement, placement.getHost());
            if (slot != null && (placement.isPinned() || !pinnedOnly)) {
                count.merge(slot, 1, Integer::sum);
            }
        }
        return count;
    }

    private CapacityDeclaration slotOf(Placement placement, Organisation host) {
        return hosts.slotFor(placement.getParticipant(), placement.getPeriod(), host);
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
