package nl.doorstroom.solver.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.protobuf.TextFormat;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.HistoryEntry;
import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;
import nl.doorstroom.solver.domain.Wish;

/**
 * The rules of {@code PlacementConstraintProvider} as a CP-SAT model, for a proven optimum or a bound.
 *
 * <p>One boolean per placement and host that breaks no hard rule on its own ({@link Candidates}); the
 * hard rules that involve several placements are constraints (slot maximum, never the same host twice,
 * every trainee placed). The objective is medium × W + soft with W above the largest possible soft
 * penalty, so it orders plans exactly as HardMediumSoftLongScore does once no hard rule is broken:
 * <ul>
 * <li>commute km² and the secondment penalty are constants per boolean;</li>
 * <li>a wish costs 800 minus 800 × the booleans that fulfil it (never-twice keeps that sum at most 1);</li>
 * <li>layer variety and same layer in consecutive periods: one boolean per layer pattern of the
 * participant (a layer, or none, per placement), exactly one of them true, linked to the placement
 * booleans, each costing its exact penalty (history included); participants with more patterns than
 * {@link #PATTERN_LIMIT} get per-layer and per-pair indicators instead, exact too but with a weak
 * relaxation;</li>
 * <li>host minimums: a slack ≥ min − placed; junior between assignments: 1 − the placement's booleans.</li>
 * </ul>
 * Indicators are exact (not only bounded from one side), so the objective of every plan CP-SAT finds
 * equals its penalty and the search is not misled by slack indicators. The plan it finds is scored by {@link PlanScorer}, never by this objective; the objective bound is
 * converted to the same units for the gap.
 */
public final class CpSatReference {

    static final long TOO_FEW_LAYERS = 2000;
    static final long SAME_LAYER_TWICE = 500;
    static final long WISH = 800;
    static final long SECONDMENT = 200;
    /** Above this many layer patterns a participant gets the weaker, smaller indicator formulation. */
    static final long PATTERN_LIMIT = 1_000;

    /** What the run gave: status, the plan's objective and bound, and when its first plan came. */
    public record Result(String status, boolean built, boolean foundPlan, long objective, long bound,
            long mediumWeight, double firstSolutionSeconds, double buildSeconds, long variables,
            Map<Placement, Organisation> at10s, int hardUnavoidable) {

        /**
         * The bound in score units, when it lies below the medium weight (so medium 0): the soft bound.
         * Penalties are never negative, so a bound of zero or below says nothing and is not stated.
         */
        public Long softBound() {
            return built && bound > 0 && bound < mediumWeight ? -bound : null;
        }

        public long mediumBound() {
            return bound / mediumWeight;
        }
    }

    /**
     * How CP-SAT spends its workers. Its default portfolio gives one worker to the full problem (default_lp,
     * the one that proves bounds) and the rest to neighbourhood search, which finds the better plans; with
     * two workers its bound on M is still the first linear relaxation's after 15 minutes. Tree search on the
     * relaxation (lb_tree_search) as a second full-problem worker proves much more in the same time (M, 60 s:
     * 432,270 instead of 422,269), but without the neighbourhood search CP-SAT finds no plan for L in 60 s.
     * The benchmark therefore runs both and takes the better plan and the better bound.
     */
    public enum Search {
        /** CP-SAT's own portfolio for the number of workers. */
        PLANS,
        /** Two full-problem workers: default_lp and lb_tree_search. */
        BOUND
    }

    private static volatile boolean loaded;

    private CpSatReference() {
    }

    static synchronized void loadNativeLibraries() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * Builds and solves the model within {@code limit} (building included), writes the best plan
     * found into {@code plan}'s placements, and returns what the solver proved.
     */
    public static Result solve(Plan plan, Duration limit, int workers, Search search) {
        loadNativeLibraries();
        assertSupported(plan);
        long start = System.nanoTime();
        Programme programme = plan.getProgramme();
        Map<Placement, List<Candidates.Option>> options = Candidates.of(plan);
        CpModel model = new CpModel();
        LinearExprBuilder soft = LinearExpr.newBuilder();
        LinearExprBuilder medium = LinearExpr.newBuilder();
        long softUpper = 0;
        long variables = 0;
        int hardUnavoidable = 0;

        List<Placement> placements = plan.getPlacements().stream().filter(p -> !p.isPinned()).toList();
        if (placements.size() != plan.getPlacements().size()) {
            throw new IllegalArgumentException("the reference model plans programmes without pinned placements");
        }
        Map<Placement, BoolVar[]> x = new HashMap<>();
        Map<CapacityDeclaration, LinearExprBuilder> slotCount = new HashMap<>();
        Map<CapacityDeclaration, Integer> slotTerms = new HashMap<>();
        Map<Participant, Map<Organisation, LinearExprBuilder>> perHost = new HashMap<>();
        Map<Participant, Map<Organisation, Integer>> perHostTerms = new HashMap<>();
        Map<Placement, Map<Layer, LinearExprBuilder>> layerOf = new HashMap<>();
        Map<Participant, List<Placement>> byParticipant = new HashMap<>();

        for (Placement placement : placements) {
            byParticipant.computeIfAbsent(placement.getParticipant(), k -> new ArrayList<>()).add(placement);
            List<Candidates.Option> list = options.get(placement);
            BoolVar[] vars = new BoolVar[list.size()];
            LinearExprBuilder any = LinearExpr.newBuilder();
            Map<Layer, LinearExprBuilder> layers = new EnumMap<>(Layer.class);
            long worst = 0;
            for (int i = 0; i < list.size(); i++) {
                Candidates.Option o = list.get(i);
                BoolVar v = model.newBoolVar("");
                vars[i] = v;
                variables++;
                any.add(v);
                long cost = o.commuteKm() * o.commuteKm()
                        + (o.compatibility() == Compatibility.SECONDMENT ? SECONDMENT : 0);
                worst = Math.max(worst, cost);
                if (cost != 0) {
                    soft.addTerm(v, cost);
                }
                slotCount.computeIfAbsent(o.slot(), k -> LinearExpr.newBuilder()).add(v);
                slotTerms.merge(o.slot(), 1, Integer::sum);
                perHost.computeIfAbsent(placement.getParticipant(), k -> new HashMap<>())
                        .computeIfAbsent(o.host(), k -> LinearExpr.newBuilder()).add(v);
                perHostTerms.computeIfAbsent(placement.getParticipant(), k -> new HashMap<>())
                        .merge(o.host(), 1, Integer::sum);
                layers.computeIfAbsent(o.host().getLayer(), k -> LinearExpr.newBuilder()).add(v);
            }
            softUpper += worst;
            x.put(placement, vars);
            layerOf.put(placement, layers);
            if (placement.getParticipant().isTrainee()) {
                if (vars.length == 0) {
                    hardUnavoidable++;
                } else {
                    model.addEquality(any, 1);
                }
            } else {
                model.addLessOrEqual(any, 1);
                medium.add(1);
                for (BoolVar v : vars) {
                    medium.addTerm(v, -1);
                }
            }
        }
        // Slot maximum (hard) and minimum (medium).
        for (CapacityDeclaration slot : plan.getCapacityDeclarations()) {
            LinearExprBuilder count = slotCount.get(slot);
            if (count != null && slotTerms.get(slot) > slot.getMax()) {
                model.addLessOrEqual(count, slot.getMax());
            }
            if (slot.getMin() > 0) {
                IntVar shortfall = model.newIntVar(0, slot.getMin(), "");
                variables++;
                LinearExprBuilder lhs = LinearExpr.newBuilder().add(shortfall);
                if (count != null) {
                    lhs.add(count);
                }
                model.addGreaterOrEqual(lhs, slot.getMin());
                medium.add(shortfall);
            }
        }
        // Never the same host twice.
        perHost.forEach((participant, hosts) -> hosts.forEach((host, sum) -> {
            if (perHostTerms.get(participant).get(host) > 1) {
                model.addLessOrEqual(sum, 1);
            }
        }));
        // Layer variety and consecutive layers.
        for (Map.Entry<Participant, List<Placement>> entry : byParticipant.entrySet()) {
            Participant participant = entry.getKey();
            List<Placement> own = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(p -> p.getPeriod().getIndex())).toList();
            List<List<Layer>> choices = own.stream().map(p -> layerChoices(participant, options.get(p))).toList();
            Added added = patternCount(choices) <= PATTERN_LIMIT
                    ? addLayerPatterns(model, soft, participant, own, choices, programme, options, layerOf, x)
                    : addLayerIndicators(model, soft, participant, own, programme, options, x, layerOf);
            variables += added.variables();
            softUpper += added.softUpper();
        }
        // Wishes.
        for (Wish wish : plan.getWishes()) {
            soft.add(WISH);
            softUpper += WISH;
            for (Placement p : byParticipant.getOrDefault(wish.participant(), List.of())) {
                if (wish.period() != null && !wish.period().equals(p.getPeriod())) {
                    continue;
                }
                List<Candidates.Option> list = options.get(p);
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).host().equals(wish.host())) {
                        soft.addTerm(x.get(p)[i], -WISH);
                    }
                }
            }
        }
        long mediumWeight = softUpper + 1;
        model.minimize(LinearExpr.newBuilder().addTerm(medium.build(), mediumWeight).add(soft.build()));
        double buildSeconds = (System.nanoTime() - start) / 1e9;

        CpSolver solver = new CpSolver();
        double remaining = Math.max(1.0, limit.toMillis() / 1000.0 - buildSeconds);
        solver.getParameters().setMaxTimeInSeconds(remaining).setNumWorkers(workers).setRandomSeed(0);
        if (search == Search.BOUND) {
            solver.getParameters().setNumFullSubsolvers(2).addSubsolvers("default_lp").addSubsolvers("lb_tree_search");
        }
        String extra = System.getProperty("benchmark.cpsat.parameters", "");
        if (!extra.isBlank()) {
            try {
                TextFormat.merge(extra, solver.getParameters());
            } catch (TextFormat.ParseException e) {
                throw new IllegalArgumentException("benchmark.cpsat.parameters: " + e.getMessage(), e);
            }
        }
        Map<Placement, Organisation> at10s = new HashMap<>();
        double[] first = {-1};
        CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                double elapsed = buildSeconds + wallTime();
                if (first[0] < 0) {
                    first[0] = elapsed;
                }
                if (elapsed <= 10.0) {
                    for (Placement p : placements) {
                        at10s.put(p, chosen(options.get(p), x.get(p), this::booleanValue));
                    }
                }
            }
        };
        CpSolverStatus status = solver.solve(model, callback);
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (found) {
            for (Placement p : placements) {
                p.setHost(chosen(options.get(p), x.get(p), solver::booleanValue));
            }
        }
        long objective = found ? Math.round(solver.objectiveValue()) : Long.MAX_VALUE;
        long bound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        return new Result(status.name(), true, found, objective, bound, mediumWeight, first[0], buildSeconds,
                variables, at10s, hardUnavoidable);
    }

    /** What one part of the model added: its variables and the most it can add to the soft penalty. */
    private record Added(long variables, long softUpper) {
    }

    /** The layers a placement can be in, in enum order, and null where it may stay unassigned. */
    private static List<Layer> layerChoices(Participant participant, List<Candidates.Option> options) {
        List<Layer> choices = new ArrayList<>(options.stream().map(o -> o.host().getLayer()).distinct().sorted().toList());
        if (!participant.isTrainee() || options.isEmpty()) {
            choices.add(null);
        }
        return choices;
    }

    /** The number of layer patterns, capped just above the limit so it cannot overflow. */
    private static long patternCount(List<List<Layer>> choices) {
        long count = 1;
        for (List<Layer> c : choices) {
            count = Math.min(count * c.size(), PATTERN_LIMIT + 1);
        }
        return count;
    }

    /**
     * One boolean per layer pattern: a layer (or unassigned) for each of the participant's placements.
     * Exactly one pattern holds, linked to the placement booleans layer by layer, and it carries its exact
     * penalty. Unlike the indicators, the LP relaxation of this cannot spread a participant over layers
     * at no cost: its projection on the layer sums is the hull of the participant's layer sequences.
     */
    private static Added addLayerPatterns(CpModel model, LinearExprBuilder soft, Participant participant,
            List<Placement> own, List<List<Layer>> choices, Programme programme,
            Map<Placement, List<Candidates.Option>> options, Map<Placement, Map<Layer, LinearExprBuilder>> layerOf,
            Map<Placement, BoolVar[]> x) {
        Set<Layer> history = historyLayers(participant);
        int target = layerTarget(participant, own.size(), programme);
        // Every choice gets its link, even when no pattern is left with it: then its booleans are 0.
        List<Map<Layer, List<BoolVar>>> linked = new ArrayList<>();
        for (List<Layer> c : choices) {
            Map<Layer, List<BoolVar>> byChoice = new HashMap<>();
            c.forEach(layer -> byChoice.put(layer, new ArrayList<>()));
            linked.add(byChoice);
        }
        List<BoolVar> all = new ArrayList<>();
        long worst = 0;
        int[] digits = new int[own.size()];
        Layer[] pattern = new Layer[own.size()];
        do {
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = choices.get(i).get(digits[i]);
            }
            if (!distinctHostsFit(pattern, own, options)) {
                continue;
            }
            long cost = patternCost(pattern, own, history, target);
            worst = Math.max(worst, cost);
            BoolVar z = model.newBoolVar("");
            all.add(z);
            if (cost != 0) {
                soft.addTerm(z, cost);
            }
            for (int i = 0; i < pattern.length; i++) {
                linked.get(i).get(pattern[i]).add(z);
            }
        } while (nextPattern(digits, choices));
        model.addExactlyOne(all.toArray(BoolVar[]::new));
        for (int i = 0; i < own.size(); i++) {
            linkPatterns(model, x.get(own.get(i)), layerOf.get(own.get(i)), linked.get(i));
        }
        return new Added(all.size(), worst);
    }

    /** Counts the digits up like an odometer; false once every pattern has been visited. */
    private static boolean nextPattern(int[] digits, List<List<Layer>> choices) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (++digits[i] < choices.get(i).size()) {
                return true;
            }
            digits[i] = 0;
        }
        return false;
    }

    /** The placement's booleans of a layer sum to its patterns with that layer; unassigned likewise. */
    private static void linkPatterns(CpModel model, BoolVar[] vars, Map<Layer, LinearExprBuilder> layers,
            Map<Layer, List<BoolVar>> patterns) {
        patterns.forEach((layer, zs) -> {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            zs.forEach(sum::add);
            if (layer == null) {
                for (BoolVar v : vars) {
                    sum.add(v);
                }
                model.addEquality(sum, 1);
            } else {
                model.addEquality(sum.addTerm(layers.get(layer), -1), 0);
            }
        });
    }

    /**
     * Whether the pattern's placements can go to distinct hosts of their layers (never the same host
     * twice), found as a bipartite matching. A pattern that cannot, say two placements at the only water
     * board within reach, holds in no plan and is left out, which also tightens the relaxation.
     */
    private static boolean distinctHostsFit(Layer[] pattern, List<Placement> own,
            Map<Placement, List<Candidates.Option>> options) {
        Map<Organisation, Integer> matched = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] != null && !augment(i, pattern, own, options, matched, new HashSet<>())) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(int i, Layer[] pattern, List<Placement> own,
            Map<Placement, List<Candidates.Option>> options, Map<Organisation, Integer> matched,
            Set<Organisation> visited) {
        for (Candidates.Option o : options.get(own.get(i))) {
            if (o.host().getLayer() != pattern[i] || !visited.add(o.host())) {
                continue;
            }
            Integer other = matched.get(o.host());
            if (other == null || augment(other, pattern, own, options, matched, visited)) {
                matched.put(o.host(), i);
                return true;
            }
        }
        return false;
    }

    /** Too few layers and same layer twice in a row, as the scoring code counts them for this pattern. */
    private static long patternCost(Layer[] pattern, List<Placement> own, Set<Layer> history, int target) {
        Set<Layer> seen = EnumSet.noneOf(Layer.class);
        seen.addAll(history);
        long cost = 0;
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] == null) {
                continue;
            }
            seen.add(pattern[i]);
            for (int j = 0; j < pattern.length; j++) {
                if (pattern[j] == pattern[i] && own.get(i).getPeriod().isDirectlyBefore(own.get(j).getPeriod())) {
                    cost += SAME_LAYER_TWICE;
                }
            }
        }
        return cost + TOO_FEW_LAYERS * Math.max(0, target - seen.size());
    }

    private static Set<Layer> historyLayers(Participant participant) {
        Set<Layer> history = EnumSet.noneOf(Layer.class);
        participant.getHistory().stream().map(HistoryEntry::host).map(Organisation::getLayer).forEach(history::add);
        return history;
    }

    /** The programme's target, but never more than the participant has placements to see layers in. */
    private static int layerTarget(Participant participant, int placements, Programme programme) {
        return Math.min(programme.getLayerVarietyTarget(), placements + participant.getHistory().size());
    }

    /**
     * The fallback for participants with too many patterns: a 0/1 indicator per layer, exactly the OR of
     * that layer's booleans, a shortfall = max(0, target − layers seen), and a pair indicator per layer
     * and consecutive pair = layer(a) AND layer(b), linearised.
     */
    private static Added addLayerIndicators(CpModel model, LinearExprBuilder soft, Participant participant,
            List<Placement> own, Programme programme, Map<Placement, List<Candidates.Option>> options,
            Map<Placement, BoolVar[]> x, Map<Placement, Map<Layer, LinearExprBuilder>> layerOf) {
        long variables = 0;
        long softUpper = 0;
        Set<Layer> history = historyLayers(participant);
        int needed = layerTarget(participant, own.size(), programme) - history.size();
        if (needed > 0) {
            LinearExprBuilder seen = LinearExpr.newBuilder();
            for (Layer layer : Layer.values()) {
                if (history.contains(layer)) {
                    continue;
                }
                List<BoolVar> ofLayer = new ArrayList<>();
                for (Placement p : own) {
                    List<Candidates.Option> list = options.get(p);
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i).host().getLayer() == layer) {
                            ofLayer.add(x.get(p)[i]);
                        }
                    }
                }
                if (!ofLayer.isEmpty()) {
                    // z is exactly "some placement of this participant is in this layer".
                    BoolVar z = model.newBoolVar("");
                    variables++;
                    model.addLessOrEqual(LinearExpr.newBuilder().add(z)
                            .addTerm(LinearExpr.sum(ofLayer.toArray(BoolVar[]::new)), -1), 0);
                    for (BoolVar v : ofLayer) {
                        model.addImplication(v, z);
                    }
                    seen.add(z);
                }
            }
            // shortfall = max(0, needed - layers seen), exactly, so every plan's objective is its score.
            IntVar shortfall = model.newIntVar(0, needed, "");
            variables++;
            model.addMaxEquality(shortfall, new LinearExpr[] {
                    LinearExpr.newBuilder().add(needed).addTerm(seen.build(), -1).build(), LinearExpr.constant(0)});
            soft.addTerm(shortfall, TOO_FEW_LAYERS);
            softUpper += TOO_FEW_LAYERS * needed;
        }
        for (Placement a : own) {
            for (Placement b : own) {
                if (!a.getPeriod().isDirectlyBefore(b.getPeriod())) {
                    continue;
                }
                softUpper += SAME_LAYER_TWICE;
                for (Layer layer : Layer.values()) {
                    LinearExprBuilder la = layerOf.get(a).get(layer);
                    LinearExprBuilder lb = layerOf.get(b).get(layer);
                    if (la == null || lb == null) {
                        continue;
                    }
                    BoolVar y = model.newBoolVar("");
                    variables++;
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(y).addTerm(la, -1).addTerm(lb, -1), -1);
                    model.addLessOrEqual(LinearExpr.newBuilder().add(y).addTerm(la, -1), 0);
                    model.addLessOrEqual(LinearExpr.newBuilder().add(y).addTerm(lb, -1), 0);
                    soft.addTerm(y, SAME_LAYER_TWICE);
                }
            }
        }
        return new Added(variables, softUpper);
    }

    private interface Values {
        boolean of(BoolVar v);
    }

    private static Organisation chosen(List<Candidates.Option> options, BoolVar[] vars, Values values) {
        for (int i = 0; i < vars.length; i++) {
            if (values.of(vars[i])) {
                return options.get(i).host();
            }
        }
        return null;
    }

    private static void assertSupported(Plan plan) {
        if (!plan.getProgramme().getWeightOverrides().isEmpty()) {
            throw new IllegalArgumentException("the reference model uses the default rule weights");
        }
        if (plan.getPlacements().stream().anyMatch(p -> p.getPublishedHost() != null)) {
            throw new IllegalArgumentException("the reference model does not re-plan a published plan");
        }
    }
}
