package nl.doorstroom.web.solving;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;

/**
 * Stores a better plan found while solving: the hosts of the unpinned placements that changed (their
 * version goes up), the job's best score and a point of its score history, in one transaction. A stored
 * plan is therefore always a whole plan the solver found, and a crash loses at most the improvements since
 * the last write. Only improvements on the stored score are written, so the stored plan never gets worse,
 * also when a resumed run starts again from it.
 */
@Component
class BestPlanWriter {

    enum Outcome {
        STORED,
        /** Not better than the stored plan; nothing written. */
        NOT_BETTER,
        /** The run no longer owns the job (it ended, or another run took it over); nothing written. */
        NOT_OWNER
    }

    private final JdbcTemplate jdbc;
    private final SolverJobRepository jobs;

    BestPlanWriter(JdbcTemplate jdbc, SolverJobRepository jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    @Transactional
    Outcome write(SolverJobRepository.Owner owner, long programmeId, Plan plan) {
        Optional<SolverJobRepository.StoredBest> stored = jobs.lockBestScore(owner);
        if (stored.isEmpty()) {
            return Outcome.NOT_OWNER;
        }
        HardMediumSoftLongScore score = plan.getScore();
        String last = stored.get().score();
        if (last != null && score.compareTo(HardMediumSoftLongScore.parseScore(last)) <= 0) {
            return Outcome.NOT_BETTER;
        }
        jobs.recordBest(owner, score.toString());
        List<Object[]> rows = plan.getPlacements().stream().filter(p -> !p.isPinned())
                .map(p -> new Object[] {hostOf(p), programmeId, p.getParticipant().getId(), p.getPeriod().getId(),
                        hostOf(p)})
                .toList();
        jdbc.batchUpdate("""
                update placement set host_code = ?::text, version = version + 1
                where programme_id = ? and participant_id = ? and period_id = ? and not pinned
                  and host_code is distinct from ?::text""", rows);
        return Outcome.STORED;
    }

    private static String hostOf(Placement placement) {
        return placement.getHost() == null ? null : placement.getHost().getCode();
    }
}
