package nl.doorstroom.web.solving;

import static nl.doorstroom.web.solving.JobStatus.ACTIVE_SQL;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solver_job table family (solver_job, solver_job_run, solver_job_score): the one truth about solving
 * jobs, shared by every instance. Status changes are single conditional updates, and every write of a run
 * names the run ({@link Owner}), so a run that lost its job can never change it.
 */
@Repository
class SolverJobRepository {

    /** A job as the API shows it; elapsed is the solving time of all its runs. */
    record Job(long id, long programmeId, String kind, JobStatus status, String bestScore, OffsetDateTime bestAt,
            String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime endedAt,
            long elapsedMs, long timeLimitMs, double progress, String message, String instanceId, List<Run> runs) {

        boolean isActive() {
            return status.isActive();
        }
    }

    /** One run of a job on one instance; a resumed job has more than one. */
    record Run(int attempt, String instanceId, OffsetDateTime startedAt, OffsetDateTime endedAt, String note,
            String outcome) {
    }

    /** The run that owns an active job: only it may store plans, record progress or end the job. */
    record Owner(long jobId, String instanceId, int attempt) {
    }

    /** What a run needs to know before it starts, read with the job's row locked. */
    record Claimable(long id, long programmeId, JobStatus status, int attempt, int lostRuns, boolean stopRequested,
            long timeLimitMs, long solvedMs, String bestScore, String instanceId, Double silentSeconds) {
    }

    private static final String SELECT = """
            select id, programme_id, kind, status, best_score, best_at, requested_by, requested_at, started_at,
                   ended_at, solved_ms, time_limit_ms, message, instance_id
            from solver_job""";

    private final JdbcClient jdbc;

    SolverJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasActiveJob(long programmeId) {
        return jdbc.sql("select count(*) from solver_job where programme_id = ? and status in " + ACTIVE_SQL)
                .param(programmeId).query(Integer.class).single() > 0;
    }

    /** Fails with a duplicate key when the programme already has an active job (unique partial index). */
    long insertQueued(long programmeId, String kind, Duration timeLimit, String requestedBy) {
        return jdbc.sql("""
                insert into solver_job (programme_id, kind, status, time_limit_ms, requested_by)
                values (?, ?, 'QUEUED', ?, ?) returning id""")
                .params(programmeId, kind, timeLimit.toMillis(), requestedBy)
                .query(Long.class).single();
    }

    Optional<Job> find(long jobId) {
        return jdbc.sql(SELECT + " where id = ?").param(jobId).query(this::job).optional().map(this::withRuns);
    }

    Optional<Job> latest(long programmeId) {
        return jdbc.sql(SELECT + " where programme_id = ? order by id desc limit 1").param(programmeId)
                .query(this::job).optional().map(this::withRuns);
    }

    Optional<Job> active(long programmeId) {
        return jdbc.sql(SELECT + " where programme_id = ? and status in " + ACTIVE_SQL).param(programmeId)
                .query(this::job).optional().map(this::withRuns);
    }

    /** Locks the job's row for the rest of the transaction; empty when the job is gone (programme deleted). */
    Optional<Claimable> lockForRun(long jobId) {
        return jdbc.sql("""
                select id, programme_id, status, attempt, lost_runs, stop_requested, time_limit_ms, solved_ms,
                       best_score, instance_id, extract(epoch from now() - progress_at)
                from solver_job where id = ? for update""")
                .param(jobId)
                .query((rs, i) -> new Claimable(rs.getLong(1), rs.getLong(2), JobStatus.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), rs.getBoolean(6), rs.getLong(7), rs.getLong(8), rs.getString(9),
                        rs.getString(10), rs.getObject(11) == null ? null : rs.getDouble(11)))
                .optional();
    }

    /** Makes {@code instanceId} the owner of the job's next run; the caller holds the row lock. */
    Owner claim(Claimable job, String instanceId, String note) {
        int attempt = job.attempt() + 1;
        jdbc.sql("""
                update solver_job set status = 'SOLVING', started_at = coalesce(started_at, now()), instance_id = ?,
                    attempt = ?, progress_at = now(), message = ?
                where id = ?""").params(instanceId, attempt, note, job.id()).update();
        jdbc.sql("insert into solver_job_run (job_id, attempt, instance_id, note) values (?, ?, ?, ?)")
                .params(job.id(), attempt, instanceId, note).update();
        return new Owner(job.id(), instanceId, attempt);
    }

    /**
     * Records how long the run has solved and answers whether someone asked to stop; empty when the run no
     * longer owns the job (it ended, was stopped before it began, or another run took it over).
     */
    Optional<Boolean> progress(Owner owner, long solvedMs) {
        return jdbc.sql("""
                update solver_job set solved_ms = ?, progress_at = now()
                where id = ? and instance_id = ? and attempt = ? and status = 'SOLVING' returning stop_requested""")
                .params(solvedMs, owner.jobId(), owner.instanceId(), owner.attempt())
                .query(Boolean.class).optional();
    }

    /** The job's stored best score (null before the first); see {@link #lockBestScore}. */
    record StoredBest(String score) {
    }

    /** The stored best score, with the job's row locked; empty when the run no longer owns the job. */
    Optional<StoredBest> lockBestScore(Owner owner) {
        return jdbc.sql("""
                select best_score from solver_job
                where id = ? and instance_id = ? and attempt = ? and status = 'SOLVING' for update""")
                .params(owner.jobId(), owner.instanceId(), owner.attempt())
                .query((rs, i) -> new StoredBest(rs.getString(1))).optional();
    }

    void recordBest(Owner owner, String score) {
        jdbc.sql("update solver_job set best_score = ?, best_at = now() where id = ?").params(score, owner.jobId())
                .update();
        jdbc.sql("insert into solver_job_score (job_id, score) values (?, ?)").params(owner.jobId(), score).update();
    }

    /** Ends the job this run owns, and the run with it (one transaction: a reader sees both or neither). */
    @Transactional
    boolean finish(Owner owner, JobStatus status, String message, long solvedMs) {
        boolean ended = jdbc.sql("""
                update solver_job set status = ?, ended_at = now(), message = ?, solved_ms = ?
                where id = ? and instance_id = ? and attempt = ? and status = 'SOLVING'""")
                .params(status.name(), message, solvedMs, owner.jobId(), owner.instanceId(), owner.attempt())
                .update() == 1;
        if (ended) {
            endRun(owner, status.name().toLowerCase(java.util.Locale.ROOT) + ": " + message);
        }
        return ended;
    }

    /** Ends a job that no run owns now (queued, or solving on an instance that went away); false if it had ended. */
    boolean finishUnowned(long jobId, JobStatus status, String message) {
        return jdbc.sql("update solver_job set status = ?, ended_at = now(), message = ? where id = ? and status in "
                + ACTIVE_SQL).params(status.name(), message, jobId).update() == 1;
    }

    /** A job still waiting for a solver is stopped at once; false when a run has it already. */
    boolean stopQueued(long jobId, String message) {
        return jdbc.sql("""
                update solver_job set status = 'STOPPED', ended_at = now(), message = ?, stop_requested = true
                where id = ? and status = 'QUEUED'""").params(message, jobId).update() == 1;
    }

    /** Asks the run that solves the job, wherever it is, to stop; it reads this at its next progress write. */
    boolean requestStop(long jobId) {
        return jdbc.sql("update solver_job set stop_requested = true where id = ? and status in " + ACTIVE_SQL)
                .param(jobId).update() == 1;
    }

    /** The scheduler found the run's instance dead: counted, and said in the job's message and history. */
    void lostInstance(long jobId, String message) {
        jdbc.sql("update solver_job set lost_runs = lost_runs + 1, message = ? where id = ? and status = 'SOLVING'")
                .params(message, jobId).update();
        jdbc.sql("""
                update solver_job_run set ended_at = now(), outcome = ?
                where job_id = ? and attempt = (select attempt from solver_job where id = ?) and ended_at is null""")
                .params(message, jobId, jobId).update();
    }

    /** The run gives its job back without ending it: its instance shuts down, and another instance resumes it. */
    @Transactional
    void handOver(Owner owner, long solvedMs, String outcome) {
        if (progress(owner, solvedMs).isPresent()) {
            endRun(owner, outcome);
        }
    }

    private void endRun(Owner owner, String outcome) {
        jdbc.sql("""
                update solver_job_run set ended_at = now(), outcome = ?
                where job_id = ? and attempt = ? and ended_at is null""")
                .params(outcome, owner.jobId(), owner.attempt()).update();
    }

    private Job withRuns(Job job) {
        List<Run> runs = jdbc.sql("""
                select attempt, instance_id, started_at, ended_at, note, outcome from solver_job_run
                where job_id = ? order by attempt""").param(job.id())
                .query((rs, i) -> new Run(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6)))
                .list();
        return new Job(job.id(), job.programmeId(), job.kind(), job.status(), job.bestScore(), job.bestAt(),
                job.requestedBy(), job.requestedAt(), job.startedAt(), job.endedAt(), job.elapsedMs(),
                job.timeLimitMs(), job.progress(), job.message(), job.instanceId(), runs);
    }

    private Job job(ResultSet rs, int row) throws SQLException {
        long elapsed = rs.getLong(11);
        long limit = rs.getLong(12);
        return new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), JobStatus.valueOf(rs.getString(4)),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, OffsetDateTime.class), elapsed, limit,
                limit == 0 ? 0 : Math.min(1.0, (double) elapsed / limit), rs.getString(13), rs.getString(14),
                List.of());
    }
}
