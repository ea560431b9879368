package nl.doorstroom.solver.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

import nl.doorstroom.solver.constraints.PlacementConstraintProvider;
import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.constraints.TimefoldInternals;
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
 * the participant's hosts in the other periods, so the latest rows of each placement are kept, each with the
 * hosts it was measured with, for as long as the solve runs ({@link SolveFlows}).
 */
final class PeriodFlows implements AutoCloseable {

    private static final String HOST = "host";
    private static final int SOURCE = 0;
    private static final int SINK = 1;
    /**
     * Costs kept over all placements' rows (a hard, medium and soft number each): about 100 MB. Within it each
     * placement keeps its latest rows, at least two (a tried change that is undone makes the row from before it
     * valid again) and at most 256: exchanges and perturbations return to earlier contexts often, and over a
     * whole solve more rows kept means fewer measured (S: 16 rows kept spent 3.8 of 10 s measuring, 256 rows
     * 1.8 s; the benchmark's S, M, L and XL keep 256, 157, 36 and 5).
     */
    private static final long ROW_COSTS_KEPT = 4_000_000;
    private static final int MIN_ROWS_KEPT = 2;
    private static final int MAX_ROWS_KEPT = 256;
    /** Rounds of reassigning both periods of an exchange; more than three hardly ever changed anything. */
    private static final int MAX_ALTERNATIONS = 3;
    /** Placements whose rows are looked up between two questions whether the solver should stop. */
    private static final int TERMINATION_CHECKED_EVERY = 64;

    /** The solve's score director while a step uses the flows; null between steps. */
    private ScoreDirector<Plan> scores;
    private final Plan plan;
    private final PossibleHosts hosts;
    private final HardMediumSoftLongScore capacityWeight;
    private final HardMediumSoftLongScore minimumWeight;
    private final Map<Period, List<Placement>> byPeriod = new HashMap<>();
    private final Map<Participant, List<Placement>> byParticipant = new LinkedHashMap<>();
    /** Per placement, all placements of its participant: looked up for every row. */
    private final Map<Placement, List<Placement>> ownPlacements = new IdentityHashMap<>();
    private final List<Period> periods;
    /** Per placement its latest rows, newest last. */
    private final Map<Placement, List<Row>> rows = new IdentityHashMap<>();
    private final int rowsKept;
    private final Map<Period, Network> networks = new HashMap<>();

    /**
     * The cost of each possible host for one placement, measured while the participant had {@code context}
     * elsewhere: hard, medium and soft of host h at {@code 3 * h}.
     */
    private record Row(Context context, long[] costs) {
    }

    /**
     * A participant's hosts in its other periods, compared often: by hash first, then host by host, by
     * identity first (the value range hands out the same instances).
     */
    private record Context(Organisation[] hosts, int hash) {

        static Context of(Organisation[] hosts) {
            return new Context(hosts, Arrays.hashCode(hosts));
        }

        boolean sameAs(Context other) {
            if (hash != other.hash || hosts.length != other.hosts.length) {
                return false;
            }
            for (int i = 0; i < hosts.length; i++) {
                if (hosts[i] != other.hosts[i] && (hosts[i] == null || !hosts[i].equals(other.hosts[i]))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The flows of a plan, measured afresh: at the start of a solve. */
    static PeriodFlows of(Plan plan) {
        return new PeriodFlows(plan);
    }

    /**
     * The flows of a copy of this plan (the solver puts a copy of the best plan in place of its working plan
     * after local search), taking over the rows measured so far.
     */
    PeriodFlows forCopy(Plan copy) {
        PeriodFlows made = new PeriodFlows(copy);
        made.takeRowsOf(this);
        return made;
    }

    boolean isFor(Plan workingPlan) {
        return plan == workingPlan;
    }

    boolean inUse() {
        return scores != null;
    }

    /** Starts a step: the flows change the plan through this score director until {@link #close}. */
    void use(ScoreDirector<Plan> scoreDirector) {
        this.scores = scoreDirector;
    }

    /** Ends the step: lets go of the score director. */
    @Override
    public void close() {
        scores = null;
    }

    private PeriodFlows(Plan plan) {
        this.plan = plan;
        this.hosts = new PossibleHosts(plan);
        this.capacityWeight = PlacementConstraintProvider.slotRuleWeight(plan, RuleNames.HOST_CAPACITY_EXCEEDED);
        this.minimumWeight = PlacementConstraintProvider.slotRuleWeight(plan, RuleNames.HOST_MINIMUM_NOT_MET);
        for (Placement placement : plan.getPlacements()) {
            byPeriod.computeIfAbsent(placement.getPeriod(), p -> new ArrayList<>()).add(placement);
            byParticipant.computeIfAbsent(placement.getParticipant(), p -> new ArrayList<>()).add(placement);
        }
        byParticipant.values().forEach(own -> own.forEach(placement -> ownPlacements.put(placement, own)));
        periods = new ArrayList<>(byPeriod.keySet());
        periods.sort(Comparator.comparingInt(Period::getIndex));
        long costsPerRow = plan.getPlacements().stream().mapToLong(p -> p.getPossibleHosts().size()).sum();
        rowsKept = (int) Math.max(MIN_ROWS_KEPT, Math.min(MAX_ROWS_KEPT, ROW_COSTS_KEPT / Math.max(1, costsPerRow)));
    }

    /** The rows of the same placements in an earlier copy of the plan, matched by position and id. */
    private void takeRowsOf(PeriodFlows earlier) {
        List<Placement> now = plan.getPlacements();
        List<Placement> before = earlier.plan.getPlacements();
        if (now.size() != before.size()) {
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            List<Row> kept = earlier.rows.get(before.get(i));
            if (kept != null && now.get(i).getId().equals(before.get(i).getId())) {
                rows.put(now.get(i), kept);
            }
        }
    }

    List<Period> periods() {
        return periods;
    }

    List<List<Placement>> placementsPerParticipant() {
        return List.copyOf(byParticipant.values());
    }

    /** The score of the plan as it is now. */
    HardMediumSoftLongScore score() {
        return TimefoldInternals.score(scores);
    }

    /** The hosts of all periods, to go back to with {@link #restore}. */
    Map<Placement, Organisation> snapshot() {
        return snapshot(periods);
    }

    /** Sets a placement's host as the solver's moves do, so the score follows. */
    void set(Placement placement, Organisation host) {
        if (placement.getHost() == host) {
            return;
        }
        scores.beforeVariableChanged(placement, HOST);
        placement.setHost(host);
        scores.afterVariableChanged(placement, HOST);
    }

    /**
     * Gives every unpinned placement of the period its best host given the other periods. Returns whether
     * the score improved; otherwise the period is as it was.
     */
    boolean reassign(Period period, BooleanSupplier isTerminated) {
        Network network = networks.computeIfAbsent(period, this::network);
        if (network.movable.isEmpty()) {
            return false;
        }
        Map<CapacityDeclaration, Integer> occupants = null;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < network.movable.size(); i++) {
            if (i % TERMINATION_CHECKED_EVERY == 0 && isTerminated.getAsBoolean()) {
                return false;
            }
            Placement placement = network.movable.get(i);
            Row row = network.loaded[i];
            if (row == null || !holdsNow(row, placement)) {
                Context context = contextOf(placement);
                row = keptRow(placement, context);
                if (row == null) {
                    occupants = occupants != null ? occupants : occupants(period, false);
                    row = measureRow(placement, context, occupants);
                }
            }
            if (network.load(i, row) || placement.getHost() != network.hostAfterLast[i]) {
                changed.add(2 + i);
            }
        }
        // Nothing changed since the last cheapest flow: the plan is still the cheapest (any cheapest flow suits
        // the same potentials, so this holds too when the last one was undone for a tie).
        if (changed.isEmpty() && network.potentials != null) {
            return false;
        }
        // The first time, the flow is built path by path; after that the present plan is the starting flow and
        // the last potentials show the few places where it can be made cheaper.
        network.flow.clearFlow();
        boolean cheapest;
        if (network.potentials == null) {
            cheapest = network.flow.send(SOURCE, SINK, network.movable.size(), isTerminated) == network.movable.size();
        } else {
            network.pushPresent();
            cheapest = network.flow.reoptimize(network.potentials,
                    changed.stream().mapToInt(Integer::intValue).toArray(), isTerminated);
        }
        if (!cheapest) {
            network.potentials = null;
            return false;
        }
        network.potentials = network.flow.potentials();
        boolean better = false;
        if (!network.choosesPresentHosts()) {
            HardMediumSoftLongScore before = score();
            Map<Placement, Organisation> original = snapshot(List.of(period));
            for (int i = 0; i < network.movable.size(); i++) {
                set(network.movable.get(i), network.chosenHost(i));
            }
            better = keepIfBetter(before, original);
        }
        for (int i = 0; i < network.movable.size(); i++) {
            network.hostAfterLast[i] = network.movable.get(i).getHost();
        }
        return better;
    }

    /**
     * A period's network: source, one node per unpinned placement, one per slot, sink. Its shape never
     * changes while solving, so it is built once; only the costs of rows that changed and the flow are set
     * again each time.
     */
    private Network network(Period period) {
        List<Placement> movable = byPeriod.get(period).stream().filter(p -> !p.isPinned()).toList();
        Map<CapacityDeclaration, Integer> slotIndex = new IdentityHashMap<>();
        List<CapacityDeclaration> slots = new ArrayList<>();
        int[][] slotOfHost = new int[movable.size()][];
        int edges = 2 * movable.size();
        for (int i = 0; i < movable.size(); i++) {
            Placement placement = movable.get(i);
            List<Organisation> options = placement.getPossibleHosts();
            slotOfHost[i] = new int[options.size()];
            edges += options.size();
            for (int h = 0; h < options.size(); h++) {
                CapacityDeclaration slot = slotOf(placement, options.get(h));
                slotOfHost[i][h] = slot == null ? -1 : slotIndex.computeIfAbsent(slot, s -> {
                    slots.add(s);
                    return slots.size() - 1;
                });
            }
        }
        for (CapacityDeclaration slot : slots) {
            edges += Math.max(slot.getMin(), slot.getMax()) + 1;
        }
        MinCostFlow flow = new MinCostFlow(2 + movable.size() + slots.size(), edges);
        Network network = new Network(movable, flow, slotOfHost, slots.size());
        for (int i = 0; i < movable.size(); i++) {
            int node = 2 + i;
            network.sourceEdge[i] = flow.addEdge(SOURCE, node, 1, HardMediumSoftLongScore.ZERO);
            network.unplacedEdge[i] = flow.addEdge(node, SINK, 1, HardMediumSoftLongScore.ZERO);
            network.hostEdges[i] = new int[slotOfHost[i].length];
            for (int h = 0; h < slotOfHost[i].length; h++) {
                int to = slotOfHost[i][h] < 0 ? SINK : 2 + movable.size() + slotOfHost[i][h];
                network.hostEdges[i][h] = flow.addEdge(node, to, 1, HardMediumSoftLongScore.ZERO);
            }
        }
        Map<CapacityDeclaration, Integer> pinned = occupants(period, true);
        for (int s = 0; s < slots.size(); s++) {
            network.stepEdges[s] = slotEdges(flow, slots.get(s), 2 + movable.size() + s,
                    pinned.getOrDefault(slots.get(s), 0), movable.size());
        }
        return network;
    }

    /** A period's network and where its edges are, by placement and host, and by slot and occupant. */
    private static final class Network {

        final List<Placement> movable;
        final MinCostFlow flow;
        /** Per placement, per possible host, the index of the host's slot, or -1 when it has none. */
        final int[][] slotOfHost;
        final int[] sourceEdge;
        final int[] unplacedEdge;
        final int[][] hostEdges;
        /** Per slot, its edges in the order they fill: one per occupant, the last for any overflow. */
        final int[][] stepEdges;
        /** Per placement, the row its edges cost now. */
        final Row[] loaded;
        /** Per placement, its host when the period was last reassigned: the flow the potentials suit. */
        final Organisation[] hostAfterLast;
        /** Of the last cheapest flow; null before the first or after a flow that was stopped. */
        long[] potentials;

        Network(List<Placement> movable, MinCostFlow flow, int[][] slotOfHost, int slots) {
            this.movable = movable;
            this.flow = flow;
            this.slotOfHost = slotOfHost;
            sourceEdge = new int[movable.size()];
            unplacedEdge = new int[movable.size()];
            hostEdges = new int[movable.size()][];
            stepEdges = new int[slots][];
            loaded = new Row[movable.size()];
            hostAfterLast = new Organisation[movable.size()];
        }

        /** Sets the costs of the placement's edges to the row's; returns whether they changed. */
        boolean load(int i, Row row) {
            if (loaded[i] == row) {
                return false;
            }
            for (int h = 0; h < hostEdges[i].length; h++) {
                flow.setCost(hostEdges[i][h], row.costs()[3 * h], row.costs()[3 * h + 1], row.costs()[3 * h + 2]);
            }
            loaded[i] = row;
            return true;
        }

        /** The present plan as the flow: each placement to its host, each slot filled occupant by occupant. */
        void pushPresent() {
            int[] occupants = new int[stepEdges.length];
            for (int i = 0; i < movable.size(); i++) {
                flow.push(sourceEdge[i], 1);
                int h = indexOfHost(i, movable.get(i).getHost());
                if (h < 0) {
                    flow.push(unplacedEdge[i], 1);
                } else {
                    flow.push(hostEdges[i][h], 1);
                    if (slotOfHost[i][h] >= 0) {
                        occupants[slotOfHost[i][h]]++;
                    }
                }
            }
            for (int s = 0; s < stepEdges.length; s++) {
                int last = stepEdges[s].length - 1;
                for (int k = 0; k < last && occupants[s] > 0; k++, occupants[s]--) {
                    flow.push(stepEdges[s][k], 1);
                }
                flow.push(stepEdges[s][last], occupants[s]);
            }
        }

        /** Whether the flow sends every placement to the host it has now, as it mostly does once settled. */
        boolean choosesPresentHosts() {
            for (int i = 0; i < movable.size(); i++) {
                if (chosenHost(i) != movable.get(i).getHost()) {
                    return false;
                }
            }
            return true;
        }

        Organisation chosenHost(int i) {
            for (int h = 0; h < hostEdges[i].length; h++) {
                if (flow.flow(hostEdges[i][h]) > 0) {
                    return movable.get(i).getPossibleHosts().get(h);
                }
            }
            return null;
        }

        private int indexOfHost(int i, Organisation host) {
            if (host != null) {
                List<Organisation> hosts = movable.get(i).getPossibleHosts();
                for (int h = 0; h < hosts.size(); h++) {
                    if (hosts.get(h) == host || hosts.get(h).equals(host)) {
                        return h;
                    }
                }
            }
            return -1;
        }
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

    void restore(Map<Placement, Organisation> original) {
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

    /** The participant's other hosts, on which a row depends. */
    private Context contextOf(Placement placement) {
        List<Placement> own = ownPlacements.get(placement);
        Organisation[] hosts = new Organisation[own.size() - 1];
        int i = 0;
        for (Placement other : own) {
            if (other != placement) {
                hosts[i++] = other.getHost();
            }
        }
        return Context.of(hosts);
    }

    /**
     * Whether the row was measured with the participant's other hosts as they are now: asked of the row a
     * placement's edges cost already, before looking it up, since that mostly still holds. Hosts are compared
     * by identity only; where that fails the row is looked up as usual.
     */
    private boolean holdsNow(Row row, Placement placement) {
        Organisation[] hosts = row.context().hosts();
        int i = 0;
        for (Placement other : ownPlacements.get(placement)) {
            if (other != placement && other.getHost() != hosts[i++]) {
                return false;
            }
        }
        return true;
    }

    /** The placement's row measured while its participant's other periods were as they are now, if kept. */
    private Row keptRow(Placement placement, Context context) {
        for (Row row : rows.getOrDefault(placement, List.of())) {
            if (row.context().sameAs(context)) {
                return row;
            }
        }
        return null;
    }

    /** Measures the placement's row now, and keeps it. */
    private Row measureRow(Placement placement, Context context,
            Map<CapacityDeclaration, Integer> occupants) {
        List<Row> kept = rows.computeIfAbsent(placement, p -> new ArrayList<>(rowsKept));
        Organisation current = placement.getHost();
        CapacityDeclaration currentSlot = slotOf(placement, current);
        set(placement, null);
        HardMediumSoftLongScore without = score();
        List<Organisation> options = placement.getPossibleHosts();
        long[] costs = new long[3 * options.size()];
        for (int h = 0; h < options.size(); h++) {
            Organisation host = options.get(h);
            set(placement, host);
            HardMediumSoftLongScore cost = without.subtract(score());
            CapacityDeclaration slot = slotOf(placement, host);
            if (slot != null) {
                int others = occupants.getOrDefault(slot, 0) - (slot == currentSlot ? 1 : 0);
                cost = cost.subtract(ofOccupant(slot, others + 1));
            }
            costs[3 * h] = cost.hardScore();
            costs[3 * h + 1] = cost.mediumScore();
            costs[3 * h + 2] = cost.softScore();
        }
        set(placement, current);
        Row row = new Row(context, costs);
        if (kept.size() == rowsKept) {
            kept.remove(0);
        }
        kept.add(row);
        return row;
    }

    /**
     * One edge per occupant up to the larger of the slot's minimum and maximum, each costing what that
     * occupant adds; beyond, one edge for any number of overflowing occupants. Costs only rise, so the
     * cheapest flow fills a slot in order. Returns the edges in that order.
     */
    private int[] slotEdges(MinCostFlow flow, CapacityDeclaration slot, int node, int pinned, int units) {
        int stepsEnd = Math.max(slot.getMin(), slot.getMax());
        List<Integer> edges = new ArrayList<>();
        for (int k = pinned + 1; k <= stepsEnd; k++) {
            edges.add(flow.addEdge(node, SINK, 1, ofOccupant(slot, k)));
        }
        edges.add(flow.addEdge(node, SINK, units, ofOccupant(slot, Math.max(stepsEnd, pinned) + 1)));
        return edges.stream().mapToInt(Integer::intValue).toArray();
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

}
