package nl.doorstroom.solver.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import nl.doorstroom.solver.domain.Plan;

/**
 * One instrumented Timefold run: when the first usable plan came, the best score at 10 s and at the end, and
 * when a goal score (a proven optimum) was first reached.
 */
final class TimefoldRun {

    record Result(double firstFeasibleSeconds, HardMediumSoftLongScore scoreAt10s, HardMediumSoftLongScore finalScore,
            long moveEvaluationSpeed, long peakHeapBytes, double goalSeconds, Plan best) {

        /** The same without the plan, so that a benchmark run does not keep every plan in memory. */
        Result withoutPlan() {
            return new Result(firstFeasibleSeconds, scoreAt10s, finalScore, moveEvaluationSpeed, peakHeapBytes,
                    goalSeconds, null);
        }
    }

    private TimefoldRun() {
    }

    static Result run(Plan problem, SolverConfig config, PlanScorer scorer) {
        return run(problem, config, scorer, null);
    }

    /** As {@link #run(Plan, SolverConfig, PlanScorer)}, also noting when the best score first reached the goal. */
    static Result run(Plan problem, SolverConfig config, PlanScorer scorer, HardMediumSoftLongScore goal) {
        Solver<Plan> solver = SolverFactory.<Plan>create(config).buildSolver();
        double[] firstFeasible = {-1};
        double[] goalReached = {-1};
        HardMediumSoftLongScore[] at10s = {null};
        long[] start = {0};
        solver.addEventListener(event -> {
            double elapsed = (System.nanoTime() - start[0]) / 1e9;
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (firstFeasible[0] < 0 && score.isFeasible()) {
                firstFeasible[0] = elapsed;
            }
            if (elapsed <= 10.0) {
                at10s[0] = score;
            }
            if (goal != null && goalReached[0] < 0 && score.compareTo(goal) >= 0) {
                goalReached[0] = elapsed;
            }
        });
        Plan best;
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            start[0] = System.nanoTime();
            best = solver.solve(problem);
            peak = heap.peakBytes();
        }
        long speed = ((DefaultSolver<Plan>) solver).getMoveEvaluationSpeed();
        HardMediumSoftLongScore rescored = scorer.score(best);
        return new Result(firstFeasible[0], at10s[0], rescored, speed, peak, goalReached[0], best);
    }
}
