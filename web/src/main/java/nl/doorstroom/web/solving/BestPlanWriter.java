package nl.doorstroom.web.solving;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.plan.PlacementRepository;
import nl.doorstroom.web.programme.ProgrammeStore;

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

    private final SolverJobRepository jobs;
    private final PlacementRepository placements;
    private final ProgrammeStore programmes;

    BestPlanWriter(SolverJobRepository jobs, PlacementRepository placements, ProgrammeStore programmes) {
        this.jobs = jobs;
        this.placements = placements;
        this.programmes = programmes;
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
        placements.storeSolved(programmeId, plan.getPlacements());
        programmes.touch(programmeId);
        return Outcome.STORED;
    }
}
