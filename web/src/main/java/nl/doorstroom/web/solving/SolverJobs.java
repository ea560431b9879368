package nl.doorstroom.web.solving;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jakarta.annotation.PreDestroy;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.planning.Replanning;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.plan.PlacementRepository;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * Starts, stops and ends solving jobs. The job's row in solver_job is claimed by this instance; the
 * solver runs here and its better plans go to the placement table as they come (see {@link BestPlanWriter}).
 */
@Service
class SolverJobs {

    private static final Logger log = LoggerFactory.getLogger(SolverJobs.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final SolverManager<Plan, Long> solverManager;
    private final SolverJobRepository repository;
    private final BestPlanWriter writer;
    private final ProgrammeStore store;
    private final PlacementRepository placements;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final SolverJobProperties properties;
    private final SolverMetrics metrics;
    private final String instanceId;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    SolverJobs(SolverManager<Plan, Long> solverManager, SolverJobRepository repository, BestPlanWriter writer,
            ProgrammeStore store, PlacementRepository placements, AuditLog audit, TransactionTemplate transaction,
            SolverJobProperties properties, SolverMetrics metrics, PlanningConfiguration.InstanceId instanceId) {
        this.solverManager = solverManager;
        this.repository = repository;
        this.writer = writer;
        this.store = store;
        this.placements = placements;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
        this.metrics = metrics;
        this.instanceId = instanceId.value();
        metrics.watchActiveJobs(running::size);
    }

    private record Claimed(long jobId, Plan plan) {
    }

    /**
     * Claims a job for the programme and starts solving in the background.
     *
     * @param replanFrom when not null, placements in periods started on or before this day are pinned (and
     *            stored as pinned) first, so only the future is planned again
     */
    SolverJobRepository.Job start(long programmeId, Integer seconds, LocalDate replanFrom, String username) {
        Duration limit = timeLimit(seconds);
        Claimed claimed;
        try {
            claimed = transaction.execute(status -> claim(programmeId, limit, replanFrom, username));
        } catch (DuplicateKeyException e) {
            throw alreadySolving(programmeId);
        }
        RunningJob job = new RunningJob(claimed.jobId(), programmeId);
        running.put(job.jobId, job);
        try {
            submit(job, claimed.plan(), limit);
        } catch (RuntimeException e) {
            failed(job, e);
            throw e;
        }
        return repository.find(job.jobId).orElseThrow();
    }

    private void submit(RunningJob job, Plan plan, Duration limit) {
        solverManager.solveBuilder()
                .withProblemId(job.jobId)
                .withProblem(plan)
                .withConfigOverride(new SolverConfigOverride<Plan>()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
                .withSolverJobStartedEventConsumer(event -> started(job))
                .withBestSolutionEventConsumer(event -> improved(job, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> ended(job, event.solution()))
                .withExceptionHandler((id, problem) -> failed(job, problem))
                .run();
    }

    java.util.List<Long> runningJobIds() {
        return java.util.List.copyOf(running.keySet());
    }

    private Duration timeLimit(Integer seconds) {
        int value = seconds == null ? 30 : seconds;
        if (value < 1 || value > properties.maxSeconds()) {
            throw new BadRequestException("seconds must be between 1 and " + properties.maxSeconds() + ", not "
                    + value);
        }
        return Duration.ofSeconds(value);
    }

    private Claimed claim(long programmeId, Duration limit, LocalDate replanFrom, String username) {
        if (!store.lock(programmeId)) {
            throw new NotFoundException("no programme " + programmeId);
        }
        if (repository.hasActiveJob(programmeId)) {
            throw alreadySolving(programmeId);
        }
        Plan plan = store.load(programmeId);
        String kind = "SOLVE";
        if (replanFrom != null) {
            kind = "REPLAN";
            Set<String> pinnedBefore = plan.getPlacements().stream().filter(Placement::isPinned)
                    .map(Placement::getId).collect(Collectors.toSet());
            int newlyPinned = Replanning.pinStartedPeriods(plan, replanFrom);
            placements.pinAll(programmeId, plan.getPlacements().stream()
                    .filter(p -> p.isPinned() && !pinnedBefore.contains(p.getId())).toList());
            store.load(programmeId); // refuses (and rolls back) pins that break a hard rule, e.g. an unplaced trainee
            store.touch(programmeId);
            audit.record(username, "plan.replan", programmeId, "programme " + programmeId, null,
                    "pinned " + newlyPinned + " placement(s) in periods started on or before " + replanFrom);
        }
        long jobId = repository.insertQueued(programmeId, kind, limit, username, instanceId);
        audit.record(username, "plan.solve", programmeId, "solver job " + jobId, null,
                kind + " for " + limit.toSeconds() + " s");
        return new Claimed(jobId, plan);
    }

    private static ConflictException alreadySolving(long programmeId) {
        return new ConflictException("solving",
                "programme " + programmeId + " is already being solved; stop that job first");
    }

    /** Asks the job to stop; when it runs here, waits until the best plan is stored and the job has ended. */
    SolverJobRepository.Job stop(long programmeId, String username) {
        SolverJobRepository.Job job = repository.active(programmeId).orElseThrow(() -> new ConflictException(
                "not-solving", "programme " + programmeId + " is not being solved"));
        transaction.executeWithoutResult(status -> {
            repository.requestStop(job.id());
            audit.record(username, "plan.solve.stop", programmeId, "solver job " + job.id(), job.status(), "STOPPED");
        });
        RunningJob local = running.get(job.id());
        if (local != null) {
            terminate(local);
            try {
                local.done.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Never started (still queued): the solver ends it without a final plan.
                if (repository.finish(job.id(), "STOPPED", "stopped before solving began")) {
                    metrics.jobEnded("STOPPED");
                }
                forget(local);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // ended with a failure, already recorded
            }
        }
        return repository.find(job.id()).orElseThrow();
    }

    /** A stop asked at another instance, seen through the heartbeat. */
    void stopRequestedElsewhere(long jobId) {
        RunningJob local = running.get(jobId);
        if (local != null && !local.isStopRequested()) {
            terminate(local);
        }
    }

    private void terminate(RunningJob job) {
        job.requestStop();
        solverManager.terminateEarly(job.jobId);
    }

    /** Stores the newest better plan of every job whose last write is long enough ago. */
    void flushDue() {
        running.values().forEach(job -> flush(job, false));
    }

    private void started(RunningJob job) {
        if (!repository.markSolving(job.jobId, instanceId)) {
            terminate(job);
        }
    }

    private void improved(RunningJob job, Plan plan) {
        job.offer(plan);
        flush(job, false);
    }

    private void ended(RunningJob job, Plan plan) {
        try {
            job.offer(plan);
            flush(job, true);
            String status = shuttingDown ? "INTERRUPTED" : job.isStopRequested() ? "STOPPED" : "COMPLETED";
            String message = switch (status) {
                case "INTERRUPTED" -> "the application stopped while solving; the last stored plan is kept";
                case "STOPPED" -> "stopped on request; the best plan found is stored";
                default -> "time limit reached; the best plan found is stored";
            };
            if (repository.finish(job.jobId, status, message)) {
                metrics.jobEnded(status);
            }
        } finally {
            forget(job);
        }
    }

    private void failed(RunningJob job, Throwable problem) {
        log.error("Solver job {} of programme {} failed", job.jobId, job.programmeId, problem);
        try {
            if (repository.finish(job.jobId, "FAILED", "solving failed: " + problem)) {
                metrics.jobEnded("FAILED");
            }
        } finally {
            forget(job);
        }
    }

    private void forget(RunningJob job) {
        running.remove(job.jobId);
        job.done.complete(null);
    }

    private void flush(RunningJob job, boolean force) {
        synchronized (job) {
            Plan plan = job.take(properties.bestWriteInterval(), force);
            if (plan == null) {
                return;
            }
            try {
                if (writer.write(job.jobId, instanceId, job.programmeId, plan)) {
                    metrics.bestScoreStored();
                } else {
                    log.warn("Solver job {} is no longer this instance's; stopping it", job.jobId);
                    terminate(job);
                }
            } catch (RuntimeException e) {
                log.warn("Could not store the best plan of solver job {}; trying again", job.jobId, e);
                job.retry(plan);
            }
        }
    }

    /** Ends local jobs with their last plan stored before the solver manager (and the database) go away. */
    @PreDestroy
    void shutDown() {
        shuttingDown = true;
        running.values().forEach(this::terminate);
        for (RunningJob job : running.values()) {
            try {
                job.done.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                repository.finish(job.jobId, "INTERRUPTED", "the application stopped while solving; the last "
                        + "stored plan is kept");
            }
        }
    }
}
