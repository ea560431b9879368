package nl.doorstroom.web.solving;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import nl.doorstroom.solver.domain.Plan;

/**
 * A job solving in this instance: the newest better plan not yet stored, and when the last one was. Only
 * the newest plan matters, so a plan that is superseded before its turn is simply never written.
 */
final class RunningJob {

    final long jobId;
    final long programmeId;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile boolean stopRequested;
    private Plan pending;
    private long lastWriteNanos = System.nanoTime() - Long.MAX_VALUE / 4;

    RunningJob(long jobId, long programmeId) {
        this.jobId = jobId;
        this.programmeId = programmeId;
    }

    synchronized void offer(Plan plan) {
        pending = plan;
    }

    /** The pending plan if the last write is at least {@code interval} ago (or {@code force}), else null. */
    synchronized Plan take(Duration interval, boolean force) {
        long now = System.nanoTime();
        if (pending == null || !force && now - lastWriteNanos < interval.toNanos()) {
            return null;
        }
        Plan plan = pending;
        pending = null;
        lastWriteNanos = now;
        return plan;
    }

    /** Puts a plan back after a failed write, unless a newer one arrived meanwhile. */
    synchronized void retry(Plan plan) {
        if (pending == null) {
            pending = plan;
        }
    }

    void requestStop() {
        stopRequested = true;
    }

    boolean isStopRequested() {
        return stopRequested;
    }
}
