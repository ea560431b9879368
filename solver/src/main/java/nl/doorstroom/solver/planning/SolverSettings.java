package nl.doorstroom.solver.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import nl.doorstroom.solver.constraints.Scoring;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * The one place the solver is configured, shared by the command line, the web application and tests.
 *
 * <p>The phases were chosen with the benchmark (benchmark/BENCHMARKS.md): a first-fit construction, chains
 * of moves that make room for whoever it left without a place ({@link EjectionChains}), then rounds of the
 * best assignment of each period in turn ({@link PeriodReassignment}), perturbations that shake a few
 * participants and settle the plan again ({@link Perturbation}), and late acceptance until it stops
 * improving; all choose among the hosts a participant could go to
 * ({@link nl.doorstroom.solver.domain.PossibleHosts}).
 */
public final class SolverSettings {

    private static final String PLACER = "placementPlacer";
    /**
     * Local search hands back to the period assignment after this long without a better plan: long enough
     * for it to take the swaps across periods that the period assignment cannot make, short enough that most
     * of the time goes to the rounds, which find nearly all improvements (2 s before: on S-sized programmes
     * of six seeds the optimum came up to 4 s later; M, L and XL ended alike).
     */
    private static final long ROUND_UNIMPROVED_MILLISECONDS = 500;
    /**
     * More rounds than fit in the time limits used (a round takes a second or more even on S, and the web
     * application allows 600 s); the last local search runs until the solver stops.
     */
    private static final int ROUNDS = 1000;

    private SolverSettings() {
    }

    /**
     * Solves until the time limit is spent. Between rounds of period assignment, late acceptance: with the
     * period assignment it ended better than tabu search on S, L and XL and no worse on M in the benchmark.
     * Like every configuration made here, it serves one solve at a time: its steps share what they measured
     * during the solve ({@link SolveFlows}).
     */
    public static SolverConfig config(Duration timeLimit) {
        return defaultPhases().withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
    }

    /**
     * The same phases without a time limit; without one the solver does not stop.
     */
    public static SolverConfig defaultPhases() {
        return solvingConfig(lateAcceptance(), true, true);
    }

    /**
     * For a solver manager that runs several solves at once and sets the time limit per job: each solver is
     * built from {@link #defaultPhases()} of its own.
     */
    public static SolverFactory<Plan> defaultPhasesPerSolve() {
        return override -> SolverFactory.<Plan>create(defaultPhases()).buildSolver(override);
    }

    static LocalSearchPhaseConfig lateAcceptance() {
        return new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE);
    }

    /** Without termination: for score calculation, explanation and recommendations. */
    public static SolverConfig baseConfig() {
        return Scoring.config();
    }

    public static SolverFactory<Plan> factory(Duration timeLimit) {
        return SolverFactory.create(config(timeLimit));
    }

    /** The period assignment, then (if asked) the perturbations of the round. */
    private static CustomPhaseConfig periodReassignment(int round, boolean withPerturbation, SolveFlows flows) {
        List<PhaseCommand<Plan>> steps = new ArrayList<>(PeriodReassignment.steps(flows));
        if (withPerturbation) {
            steps.addAll(Perturbation.steps(round, flows));
        }
        return new CustomPhaseConfig().withCustomPhaseCommandList(steps);
    }

    /**
     * Construction, ejection chains, then rounds of period assignment (with or without the perturbations) and
     * the given local search, or that local search alone. Package-private: the benchmark's other
     * configurations are made from it in its own sources.
     */
    static SolverConfig solvingConfig(LocalSearchPhaseConfig search, boolean withPeriodReassignment,
            boolean withPerturbation) {
        // First fit decreasing: the placements with the fewest possible hosts first, and only over those hosts.
        EntitySelectorConfig placements = new EntitySelectorConfig(Placement.class).withId(PLACER)
                .withCacheType(SelectionCacheType.PHASE).withSelectionOrder(SelectionOrder.SORTED)
                .withComparatorFactoryClass(FewestHostsFirst.class)
                .withSorterOrder(SelectionSorterOrder.DESCENDING);
        ChangeMoveSelectorConfig place = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(PLACER))
                .withValueSelectorConfig(new ValueSelectorConfig().withCacheType(SelectionCacheType.PHASE)
                        .withSelectionOrder(SelectionOrder.ORIGINAL));
        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig().withEntitySelectorConfig(placements)
                        .withMoveSelectorConfigs(place));
        search.withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig()));
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(construction);
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new EjectionChains()));
        if (!withPeriodReassignment) {
            phases.add(search);
            return baseConfig().withPhaseList(phases);
        }
        SolveFlows flows = new SolveFlows();
        for (int round = 0; round < ROUNDS; round++) {
            phases.add(periodReassignment(round, withPerturbation, flows));
            phases.add(search.copyConfig().withTerminationConfig(
                    new TerminationConfig().withUnimprovedMillisecondsSpentLimit(ROUND_UNIMPROVED_MILLISECONDS)));
        }
        phases.add(periodReassignment(ROUNDS, withPerturbation, flows));
        phases.add(search);
        return baseConfig().withPhaseList(phases);
    }
}
