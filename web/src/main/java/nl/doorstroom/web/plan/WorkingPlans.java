package nl.doorstroom.web.plan;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.ScoredPlan;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.NotFoundException;

/**
 * The working plan of each programme this instance serves, kept between requests as long as the programme's
 * revision in PostgreSQL says it is current. Every change to a programme raises that revision, so an instance never
 * serves a plan another instance has changed; plans are let go of under memory pressure.
 */
@Component
public class WorkingPlans {

    private final ProgrammeStore store;
    private final PlacementRepository placements;
    private final TransactionTemplate snapshot;
    private final Cache<Long, WorkingPlan> plans = Caffeine.newBuilder().softValues().build();
    /** One load of a programme at a time; others wait for it rather than load the same plan again. */
    private final Map<Long, Object> loading = new ConcurrentHashMap<>();

    WorkingPlans(ProgrammeStore store, PlacementRepository placements, PlatformTransactionManager transactions) {
        this.store = store;
        this.placements = placements;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** The programme's working plan at its current revision. */
    public WorkingPlan of(long programmeId) {
        long revision = revision(programmeId);
        WorkingPlan plan = plans.getIfPresent(programmeId);
        if (plan != null && plan.revision() == revision) {
            return plan;
        }
        synchronized (loading.computeIfAbsent(programmeId, id -> new Object())) {
            plan = plans.getIfPresent(programmeId);
            if (plan != null && plan.revision() == revision(programmeId)) {
                return plan;
            }
            WorkingPlan loaded = load(programmeId);
            WorkingPlan replaced = plans.asMap().put(programmeId, loaded);
            if (replaced != null) {
                replaced.close();
            }
            return loaded;
        }
    }

    private long revision(long programmeId) {
        OptionalLong revision = store.revision(programmeId);
        if (revision.isEmpty()) {
            throw new NotFoundException("no programme " + programmeId);
        }
        return revision.getAsLong();
    }

    /** The plan, its revision and the placements' versions from one snapshot of the database. */
    private WorkingPlan load(long programmeId) {
        return snapshot.execute(status -> {
            long revision = revision(programmeId);
            Plan plan = store.load(programmeId);
            return new WorkingPlan(programmeId, revision, ScoredPlan.of(plan), placements.versions(programmeId));
        });
    }

    /**
     * Moves or pins a placement of the working plan as part of the current transaction, which must hold the
     * programme's lock and raise its revision once. When the transaction commits the working plan is current at
     * the new revision; when it rolls back the working plan is let go of.
     *
     * @return the hard rules the pinned placement would break (nothing changed then), or an empty list
     */
    public List<Reason> change(WorkingPlan plan, Placement placement, Organisation host, boolean pinned) {
        List<Reason> broken = plan.change(placement, host, pinned);
        if (broken.isEmpty()) {
            long next = plan.revision() + 1;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        plan.revision(next);
                    } else {
                        plans.asMap().remove(plan.programmeId(), plan);
                    }
                }
            });
        }
        return broken;
    }
}
