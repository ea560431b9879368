package nl.doorstroom.web.solving;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The solver_job table: the one truth about solving jobs, shared by every instance. Status changes are
 * single conditional updates, so two instances can never both move the same job.
 */
@Repository
class SolverJobRepository {

    static final String ACTIVE = "('QUEUED', 'SOLVING')";

    /** A job as the API shows it; elapsed and progress are computed by the database clock. */
    record Job(long id, long programmeId, String kind, String status, String bestScore, OffsetDateTime bestAt,
            String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime endedAt,
            long elapsedMs, long timeLimitMs, double progress, String message, String instanceId) {

        boolean isActive() {
            return status.equals("QUEUED") || status.equals("SOLVING");
        }
    }

    private static final String SELECT = """
            select id, programme_id, kind, status, best_score, best_at, requested_by, requested_at, started_at,
                   ended_at,
                   coalesce((extract(epoch from (coalesce(ended_at, now()) - started_at)) * 1000)::bigint, 0),
                   time_limit_ms, message, instance_id
            from solver_job""";

    private final JdbcClient jdbc;

    SolverJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasActiveJob(long programmeId) {
        return jdbc.sql("select count(*) from solver_job where programme_id = ? and status in " + ACTIVE)
                .param(programmeId).query(Integer.class).single() > 0;
    }

    /** Fails with a duplicate key when the programme already has an active job (unique partial index). */
    long insertQueued(long programmeId, String kind, Duration timeLimit, String requestedBy, String instanceId) {
        return jdbc.sql("""
                insert into solver_job (programme_id, kind, status, time_limit_ms, requested_by, instance_id,
                                        heartbeat_at)
                values (?, ?, 'QUEUED', ?, ?, ?, now()) returning id""")
                .params(programmeId, kind, timeLimit.toMillis(), requestedBy, instanceId)
                .query(Long.class).single();
    }

    Optional<Job> find(long jobId) {
        return jdbc.sql(SELECT + " where id = ?").param(jobId).query(this::job).optional();
    }

    Optional<Job> latest(long programmeId) {
        return jdbc.sql(SELECT + " where programme_id = ? order by id desc limit 1").param(programmeId)
                .query(this::job).optional();
    }

    Optional<Job> active(long programmeId) {
        return jdbc.sql(SELECT + " where programme_id = ? and status in " + ACTIVE).param(programmeId)
                .query(this::job).optional();
    }

    boolean markSolving(long jobId, String instanceId) {
        return jdbc.sql("""
                update solver_job set status = 'SOLVING', started_at = now(), heartbeat_at = now()
                where id = ? and status = 'QUEUED' and instance_id = ?""")
                .params(jobId, instanceId).update() == 1;
    }

    /** Records a new best score, only while this instance still owns the active job. */
    boolean recordBest(long jobId, String instanceId, String score) {
        return jdbc.sql("""
                update solver_job set best_score = ?, best_at = now(), heartbeat_at = now()
                where id = ? and instance_id = ? and status in """ + ACTIVE)
                .params(score, jobId, instanceId).update() == 1;
    }

    /** Ends an active job; false when it had already ended (stopped, interrupted elsewhere). */
    boolean finish(long jobId, String status, String message) {
        return jdbc.sql("update solver_job set status = ?, ended_at = now(), message = ? where id = ? and status in "
                + ACTIVE).params(status, message, jobId).update() == 1;
    }

    boolean requestStop(long jobId) {
        return jdbc.sql("update solver_job set stop_requested = true where id = ? and status in " + ACTIVE)
                .param(jobId).update() == 1;
    }

    /**
     * Beats for the given jobs, which run in this instance; answers the ids of those someone asked to stop. A
     * row this instance claimed but does not run (its solver never started) gets no beat and is interrupted.
     */
    List<Long> beat(String instanceId, List<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("update solver_job set heartbeat_at = now() where instance_id = ? and id = any(?) and status in "
                + ACTIVE + " returning id, stop_requested")
                .params(instanceId, jobIds.toArray(Long[]::new))
                .query((rs, i) -> rs.getBoolean(2) ? rs.getLong(1) : null).list().stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Active jobs of instances that stopped beating become INTERRUPTED; their stored plan stays. */
    List<Long> interruptStale(Duration timeout, String message) {
        return jdbc.sql("""
                update solver_job set status = 'INTERRUPTED', ended_at = now(), message = ?
                where status in """ + ACTIVE + """
                 and heartbeat_at < now() - make_interval(secs => ?) returning id""")
                .params(message, timeout.toMillis() / 1000.0)
                .query(Long.class).list();
    }

    private Job job(ResultSet rs, int row) throws SQLException {
        long elapsed = rs.getLong(11);
        long limit = rs.getLong(12);
        return new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class), elapsed, limit,
                limit == 0 ? 0 : Math.min(1.0, (double) elapsed / limit), rs.getString(13), rs.getString(14));
    }
}
