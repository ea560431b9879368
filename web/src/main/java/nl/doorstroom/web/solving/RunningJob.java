package nl.doorstroom.web.solving;

import java.util.concurrent.CompletableFuture;

import nl.doorstroom.solver.domain.Plan;

/**
 * A run solving in this instance: the newest better plan not yet stored, how long it has solved, and why it
 * should end early. Only the newest plan matters, so a plan superseded before its turn is never written.
 */
final class RunningJob {

    /** Why a run ends before its time limit. */
    enum Ending {
        NONE,
        /** Someone asked, at this or another instance. */
        STOP_REQUESTED,
        /** This instance shuts down: the job goes back to the scheduler for another instance. */
        HAND_OVER,
        /** Another run owns the job now, or it ended: nothing more is written. */
        LOST
    }

    final SolverJobRepository.Owner owner;
    final long programmeId;
    final CompletableFuture<Plan> done = new CompletableFuture<>();
    private final long solvedBeforeMs;
    private final long startNanos = System.nanoTime();
    private volatile Ending ending = Ending.NONE;
    private Plan pending;

    RunningJob(SolverJobRepository.Owner owner, long programmeId, long solvedBeforeMs) {
        this.owner = owner;
        this.programmeId = programmeId;
        this.solvedBeforeMs = solvedBeforeMs;
    }

    synchronized void offer(Plan plan) {
        pending = plan;
    }

    /** The newest plan not yet stored, or null. */
    synchronized Plan take() {
        Plan plan = pending;
        pending = null;
        return plan;
    }

    /** Puts a plan back after a failed write, unless a newer one arrived meanwhile. */
    synchronized void retry(Plan plan) {
        if (pending == null) {
            pending = plan;
        }
    }

    /** Solving time of the job: earlier runs and this one. */
    long solvedMs() {
        return solvedBeforeMs + (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The first reason to end wins; answers whether this one was the first. */
    synchronized boolean end(Ending why) {
        if (ending != Ending.NONE) {
            return false;
        }
        ending = why;
        return true;
    }

    Ending ending() {
        return ending;
    }
}
