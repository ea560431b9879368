package nl.doorstroom.web.solving;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import com.github.kagkarlsson.scheduler.SchedulerState;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.programme.ProgrammeStore;

/**
 * Runs a job that the scheduler picked, in the scheduler's thread, until the job ends: a new job from its
 * stored plan, a job whose instance went away from the plan that instance stored last, for the rest of the
 * time limit. While the solver runs, this thread stores the newest better plan, records how long the job
 * has solved and reads stop requests, once every {@code best-write-interval}.
 */
@Component
class SolverJobRunner {

    private static final Logger log = LoggerFactory.getLogger(SolverJobRunner.class);
    static final String ORPHANED = "the instance that was solving stopped responding, and the job is not resumed "
            + "once more (doorstroom.solver.max-resumes); the last stored plan is kept";

    /** What the scheduler does with the job's execution when a run returns. */
    enum After {
        /** The job ended (or was never this run's): the execution is removed. */
        DONE,
        /** This instance shuts down mid-solve: the execution is due again, for another instance. */
        HAND_OVER
    }

    private record Start(SolverJobRepository.Owner owner, long programmeId, long timeLimitMs, long solvedMs) {
    }

    private final SolverManager<Plan, String> solverManager;
    private final SolverJobRepository repository;
    private final BestPlanWriter writer;
    private final ProgrammeStore store;
    private final TransactionTemplate transaction;
    private final SolverJobProperties properties;
    private final SolverMetrics metrics;
    private final String instanceId;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();

    SolverJobRunner(SolverManager<Plan, String> solverManager, SolverJobRepository repository, BestPlanWriter writer,
            ProgrammeStore store, TransactionTemplate transaction, SolverJobProperties properties,
            SolverMetrics metrics, PlanningConfiguration.InstanceId instanceId) {
        this.solverManager = solverManager;
        this.repository = repository;
        this.writer = writer;
        this.store = store;
        this.transaction = transaction;
        this.properties = properties;
        this.metrics = metrics;
        this.instanceId = instanceId.value();
        metrics.watchActiveJobs(running::size);
    }

    After run(long jobId, SchedulerState scheduler) {
        Start start = transaction.execute(status -> claim(jobId));
        if (start == null) {
            return After.DONE;
        }
        RunningJob job = new RunningJob(start.owner(), start.programmeId(), start.solvedMs());
        running.put(jobId, job);
        try {
            return solve(job, Duration.ofMillis(start.timeLimitMs() - start.solvedMs()), scheduler);
        } finally {
            running.remove(jobId, job);
        }
    }

    /** Ends the run of the job here at once, when it runs here; a stop asked elsewhere arrives with the next write. */
    void stopHere(long jobId) {
        RunningJob job = running.get(jobId);
        if (job != null) {
            terminate(job, RunningJob.Ending.STOP_REQUESTED);
        }
    }

    List<Long> runningHere() {
        return List.copyOf(running.keySet());
    }

    /** Takes the job's next run, or ends the job when there is nothing (more) to solve; null: nothing to run. */
    private Start claim(long jobId) {
        SolverJobRepository.Claimable job = repository.lockForRun(jobId).orElse(null);
        if (job == null || !job.status().isActive()) {
            return null; // its programme was deleted, or it was stopped while it waited
        }
        if (job.status() == JobStatus.QUEUED) {
            return new Start(repository.claim(job, instanceId, "solving on instance " + instanceId), job.programmeId(),
                    job.timeLimitMs(), 0);
        }
        // SOLVING: the run that had it ended without ending the job, because its instance died or shut down.
        long remainingMs = job.timeLimitMs() - job.solvedMs();
        if (job.stopRequested()) {
            endUnowned(job, JobStatus.STOPPED, "stopped on request; the last stored plan is kept");
            return null;
        }
        if (job.lostRuns() > properties.maxResumes()) {
            endUnowned(job, JobStatus.INTERRUPTED, ORPHANED);
            return null;
        }
        if (remainingMs < 1000) {
            endUnowned(job, JobStatus.COMPLETED, "time limit reached; the best plan found is stored");
            return null;
        }
        String note = String.format(Locale.ROOT, "resumed on instance %s after %.0f s without an instance, from the "
                + "stored plan (%s), for the remaining %d s of the time limit", instanceId,
                job.silentSeconds() == null ? 0.0 : job.silentSeconds(),
                job.bestScore() == null ? "no score stored yet" : "score " + job.bestScore(), remainingMs / 1000);
        log.info("Solver job {} of programme {}: {}", jobId, job.programmeId(), note);
        return new Start(repository.claim(job, instanceId, note), job.programmeId(), job.timeLimitMs(),
                job.solvedMs());
    }

    private void endUnowned(SolverJobRepository.Claimable job, JobStatus status, String message) {
        if (repository.finishUnowned(job.id(), status, message)) {
            metrics.jobEnded(status);
        }
    }

    private After solve(RunningJob job, Duration limit, SchedulerState scheduler) {
        try {
            solverManager.solveBuilder()
                    .withProblemId(job.owner.jobId() + "/" + job.owner.attempt())
                    .withProblem(store.load(job.programmeId))
                    .withConfigOverride(new SolverConfigOverride<Plan>()
                            .withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
                    .withBestSolutionEventConsumer(event -> job.offer(event.solution()))
                    .withFinalBestSolutionEventConsumer(event -> job.done.complete(event.solution()))
                    .withExceptionHandler((id, problem) -> job.done.completeExceptionally(problem))
                    .run();
        } catch (RuntimeException e) {
            job.done.completeExceptionally(e);
        }
        Plan last;
        try {
            last = awaitEnd(job, scheduler);
        } catch (ExecutionException e) {
            return failed(job, e.getCause());
        }
        job.offer(last);
        store(job);
        switch (job.ending()) {
            case LOST -> {
                log.warn("Solver job {} is no longer this instance's run; it stopped without ending the job",
                        job.owner.jobId());
                return After.DONE;
            }
            case HAND_OVER -> {
                repository.handOver(job.owner, job.solvedMs(), "handed over: instance " + instanceId + " shut down");
                return After.HAND_OVER;
            }
            case STOP_REQUESTED -> finish(job, JobStatus.STOPPED, "stopped on request; the best plan found is stored");
            default -> finish(job, JobStatus.COMPLETED, "time limit reached; the best plan found is stored");
        }
        return After.DONE;
    }

    /** Waits for the solver, storing plans and progress and reading stop requests in between. */
    private Plan awaitEnd(RunningJob job, SchedulerState scheduler) throws ExecutionException {
        long tick = properties.bestWriteInterval().toMillis();
        while (true) {
            try {
                return job.done.get(tick, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                between(job, scheduler);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                terminate(job, RunningJob.Ending.HAND_OVER);
                try {
                    return job.done.get(); // the solver ends promptly once terminated
                } catch (InterruptedException again) {
                    throw new ExecutionException(again);
                }
            }
        }
    }

    private void between(RunningJob job, SchedulerState scheduler) {
        store(job);
        try {
            repository.progress(job.owner, job.solvedMs()).ifPresentOrElse(
                    stopRequested -> {
                        if (stopRequested) {
                            terminate(job, RunningJob.Ending.STOP_REQUESTED);
                        }
                    },
                    () -> terminate(job, RunningJob.Ending.LOST));
        } catch (RuntimeException e) {
            log.warn("Could not record the progress of solver job {}; trying again", job.owner.jobId(), e);
        }
        if (scheduler.isShuttingDown()) {
            terminate(job, RunningJob.Ending.HAND_OVER);
        }
    }

    private void store(RunningJob job) {
        if (job.ending() == RunningJob.Ending.LOST) {
            return;
        }
        Plan plan = job.take();
        if (plan == null) {
            return;
        }
        try {
            switch (writer.write(job.owner, job.programmeId, plan)) {
                case STORED -> metrics.bestScoreStored();
                case NOT_OWNER -> terminate(job, RunningJob.Ending.LOST);
                case NOT_BETTER -> {
                    // the stored plan is at least as good: a resumed run starts from it
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not store the best plan of solver job {}; trying again", job.owner.jobId(), e);
            job.retry(plan);
        }
    }

    private void finish(RunningJob job, JobStatus status, String message) {
        if (repository.finish(job.owner, status, message, job.solvedMs())) {
            metrics.jobEnded(status);
        }
    }

    private After failed(RunningJob job, Throwable problem) {
        log.error("Solver job {} of programme {} failed", job.owner.jobId(), job.programmeId, problem);
        store(job);
        finish(job, JobStatus.FAILED, "solving failed: " + problem);
        return After.DONE;
    }

    private void terminate(RunningJob job, RunningJob.Ending why) {
        if (job.end(why)) {
            solverManager.terminateEarly(job.owner.jobId() + "/" + job.owner.attempt());
        }
    }
}
