package nl.doorstroom.web.solving;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Stores a better plan found while solving: the hosts of the unpinned placements that changed (their
 * version goes up) and the job's best score, in one transaction. A stored plan is therefore always a
 * whole plan the solver found, and a crash loses at most the improvements since the last write.
 */
@Component
class BestPlanWriter {

    private final JdbcTemplate jdbc;
    private final SolverJobRepository jobs;

    BestPlanWriter(JdbcTemplate jdbc, SolverJobRepository jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** Writes nothing and answers false when this instance no longer owns the job (it ended or was interrupted). */
    @Transactional
    boolean write(long jobId, String instanceId, long programmeId, Plan plan) {
        if (!jobs.recordBest(jobId, instanceId, String.valueOf(plan.getScore()))) {
            return false;
        }
        jdbc.update("insert into solver_job_score (job_id, score) values (?, ?)", jobId, String.valueOf(plan.getScore()));
        List<Object[]> rows = plan.getPlacements().stream().filter(p -> !p.isPinned())
                .map(p -> new Object[] {hostOf(p), programmeId, p.getParticipant().getId(), p.getPeriod().getId(),
                        hostOf(p)})
                .toList();
        jdbc.batchUpdate("""
                update placement set host_code = ?::text, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ? and not pinned
                  and host_code is distinct from ?::text""", rows);
        return true;
    }

    private static String hostOf(Placement placement) {
        return placement.getHost() == null ? null : placement.getHost().getCode();
    }
}
