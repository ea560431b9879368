package nl.doorstroom.solver.planning;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;

import nl.doorstroom.solver.domain.Plan;

/**
 * Solves a plan within its time limit, reporting each better plan as it is found.
 *
 * <p>The solver checks its time limit between steps, but before its first step it prepares every placement's
 * hosts and statistics of the whole problem, which for a hundred thousand participants takes longer than a short
 * limit. So the solver runs in a thread of its own, and at the limit (plus a moment to hand over) the planner asks
 * it to stop and returns the best plan reported so far, or the plan as it came in when there is none yet. The
 * solver works on its own copy, so the plan given back is never changed under the caller's hands.
 */
public final class Planner {

    /** A better plan was found after {@code elapsed}. */
    public record Progress(Duration elapsed, HardMediumSoftLongScore score) {
    }

    /** How long past the limit the solver may take to stop and hand over its best plan. */
    static final Duration HAND_OVER = Duration.ofMillis(500);

    private final Duration timeLimit;

    public Planner(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /** The limit counts from this call: building the solver (compiling the rules) is part of the time. */
    public Plan solve(Plan problem, Consumer<Progress> progress) {
        long start = System.nanoTime();
        Solver<Plan> solver = SolverSettings.factory(timeLimit).buildSolver();
        AtomicReference<Plan> best = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean handedOver = new java.util.concurrent.atomic.AtomicBoolean();
        solver.addEventListener(event -> {
            if (handedOver.get()) {
                return; // a solver that did not stop in time says nothing more
            }
            best.set(event.getNewBestSolution());
            progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start),
                    event.getNewBestSolution().getScore()));
        });
        CompletableFuture<Plan> solved = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                solved.complete(solver.solve(problem));
            } catch (Throwable e) {
                solved.completeExceptionally(e);
            }
        }, "planner");
        thread.setDaemon(true); // one that does not stop in time must not keep the program alive
        thread.start();
        try {
            return solved.get(Math.max(0, start + timeLimit.toNanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException atTheLimit) {
            solver.terminateEarly();
            try {
                return solved.get(HAND_OVER.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillPreparing) {
                handedOver.set(true);
                Plan found = best.get();
                return found != null ? found : problem;
            } catch (InterruptedException | ExecutionException e) {
                return rethrow(e);
            }
        } catch (InterruptedException | ExecutionException e) {
            return rethrow(e);
        }
    }

    private static Plan rethrow(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("planning was interrupted", e);
        }
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
