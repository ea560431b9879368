package nl.doorstroom.web.solving;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.plan.PlacementRepository;
import nl.doorstroom.web.programme.ProgrammeStore;

/**
 * Stores a better plan found while solving: the hosts of the unpinned placements that changed (their
 * version goes up) and the job's best score, in one transaction. A stored plan is therefore always a
 * whole plan the solver found, and a crash loses at most the improvements since the last write.
 */
@Component
class BestPlanWriter {

    private final JdbcTemplate jdbc;
    private final SolverJobRepository jobs;
    private final PlacementRepository placements;
    private final ProgrammeStore programmes;

    BestPlanWriter(JdbcTemplate jdbc, SolverJobRepository jobs, PlacementRepository placements,
            ProgrammeStore programmes) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.placements = placements;
        this.programmes = programmes;
    }

    /** Writes nothing and answers false when this instance no longer owns the job (it ended or was interrupted). */
    @Transactional
    boolean write(long jobId, String instanceId, long programmeId, Plan plan) {
        if (!jobs.recordBest(jobId, instanceId, String.valueOf(plan.getScore()))) {
            return false;
        }
        jdbc.update("insert into solver_job_score (job_id, score) values (?, ?)", jobId, String.valueOf(plan.getScore()));
        placements.storeSolved(programmeId, plan.getPlacements());
        programmes.touch(programmeId);
        return true;
    }
}
