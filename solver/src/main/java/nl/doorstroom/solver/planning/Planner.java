package nl.doorstroom.solver.planning;

import java.time.Duration;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;

import nl.doorstroom.solver.domain.Plan;

/** Solves a plan in the calling thread, reporting each better plan as it is found. */
public final class Planner {

    /** A better plan was found after {@code elapsed}. */
    public record Progress(Duration elapsed, HardMediumSoftLongScore score) {
    }

    private final Duration timeLimit;

    public Planner(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public Plan solve(Plan problem, Consumer<Progress> progress) {
        Solver<Plan> solver = SolverSettings.factory(timeLimit).buildSolver();
        long start = System.nanoTime();
        solver.addEventListener(event -> progress.accept(
                new Progress(Duration.ofNanos(System.nanoTime() - start), event.getNewBestSolution().getScore())));
        return solver.solve(problem);
    }
}
