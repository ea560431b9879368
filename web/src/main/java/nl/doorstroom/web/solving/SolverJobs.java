package nl.doorstroom.web.solving;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

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
 * Queues and stops solving jobs, at whichever instance the coordinator asks. A queued job is a row in
 * solver_job and an execution in the scheduler's table, written in one transaction; the first instance with
 * a free solver runs it ({@link SolverJobRunner}).
 */
@Service
class SolverJobs {

    /** How long a stop waits for the run, wherever it is, to store its best plan and end the job. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private static final Duration STOP_POLL = Duration.ofMillis(100);

    private final Scheduler scheduler;
    private final SolverJobRunner runner;
    private final SolverJobRepository repository;
    private final ProgrammeStore store;
    private final PlacementRepository placements;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final SolverJobProperties properties;
    private final SolverMetrics metrics;

    SolverJobs(Scheduler scheduler, SolverJobRunner runner, SolverJobRepository repository, ProgrammeStore store,
            PlacementRepository placements, AuditLog audit, TransactionTemplate transaction, SolverJobProperties properties,
            SolverMetrics metrics) {
        this.scheduler = scheduler;
        this.runner = runner;
        this.repository = repository;
        this.store = store;
        this.placements = placements;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
        this.metrics = metrics;
    }

    /**
     * Queues a job for the programme; it starts as soon as an instance has a free solver.
     *
     * @param replanFrom when not null, placements in periods started on or before this day are pinned (and
     *            stored as pinned) first, so only the future is planned again
     */
    SolverJobRepository.Job start(long programmeId, Integer seconds, LocalDate replanFrom, String username) {
        Duration limit = timeLimit(seconds);
        Long jobId;
        try {
            jobId = transaction.execute(status -> queue(programmeId, limit, replanFrom, username));
        } catch (DuplicateKeyException e) {
            throw alreadySolving(programmeId);
        }
        // Committed: this instance looks for due jobs now instead of at its next poll.
        scheduler.triggerCheckForDueExecutions();
        return repository.find(jobId).orElseThrow();
    }

    private Duration timeLimit(Integer seconds) {
        int value = seconds == null ? 30 : seconds;
        if (value < 1 || value > properties.maxSeconds()) {
            throw new BadRequestException("seconds must be between 1 and " + properties.maxSeconds() + ", not "
                    + value);
        }
        return Duration.ofSeconds(value);
    }

    private long queue(long programmeId, Duration limit, LocalDate replanFrom, String username) {
        if (!store.lock(programmeId)) {
            throw new NotFoundException("no programme " + programmeId);
        }
        if (repository.hasActiveJob(programmeId)) {
            throw alreadySolving(programmeId);
        }
        Plan plan = store.load(programmeId); // a programme that no longer reads is refused here, not in a run
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
        long jobId = repository.insertQueued(programmeId, kind, limit, username);
        scheduler.schedule(SolverJobTask.SOLVER_JOB.instance(String.valueOf(jobId)).scheduledTo(Instant.now()));
        audit.record(username, "plan.solve", programmeId, "solver job " + jobId, null,
                kind + " for " + limit.toSeconds() + " s");
        return jobId;
    }

    private static ConflictException alreadySolving(long programmeId) {
        return new ConflictException("solving",
                "programme " + programmeId + " is already being solved; stop that job first");
    }

    /**
     * Stops the programme's job: one still waiting at once; one solving, wherever it runs, as soon as its run
     * reads the request (within a second), after which it stores its best plan. Waits for that, within reason.
     */
    SolverJobRepository.Job stop(long programmeId, String username) {
        SolverJobRepository.Job job = repository.active(programmeId).orElseThrow(() -> new ConflictException(
                "not-solving", "programme " + programmeId + " is not being solved"));
        boolean stoppedWaiting = Boolean.TRUE.equals(transaction.execute(status -> {
            boolean queued = repository.stopQueued(job.id(), "stopped before solving began");
            if (!queued) {
                repository.requestStop(job.id());
            }
            audit.record(username, "plan.solve.stop", programmeId, "solver job " + job.id(), job.status().name(),
                    JobStatus.STOPPED.name());
            return queued;
        }));
        if (stoppedWaiting) {
            metrics.jobEnded(JobStatus.STOPPED);
            return repository.find(job.id()).orElseThrow();
        }
        runner.stopHere(job.id());
        return awaitEnd(job);
    }

    private SolverJobRepository.Job awaitEnd(SolverJobRepository.Job asked) {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        SolverJobRepository.Job job = asked;
        while (job.isActive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(STOP_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            job = repository.find(asked.id()).orElse(job); // gone: its programme was deleted meanwhile
        }
        return job; // still SOLVING when its instance went away: the run that resumes it ends it as STOPPED
    }
}
