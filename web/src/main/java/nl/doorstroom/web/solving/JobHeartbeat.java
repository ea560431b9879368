package nl.doorstroom.web.solving;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's claim on its jobs alive, passes on stops asked at other instances, and ends the jobs
 * of instances that died (their heartbeat is too old): those become INTERRUPTED with their last stored plan.
 */
@Component
class JobHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(JobHeartbeat.class);
    static final String ORPHANED = "the instance that was solving stopped responding; the last stored plan is kept";

    private final SolverJobRepository repository;
    private final SolverJobs jobs;
    private final SolverJobProperties properties;
    private final SolverMetrics metrics;
    private final String instanceId;

    JobHeartbeat(SolverJobRepository repository, SolverJobs jobs, SolverJobProperties properties,
            SolverMetrics metrics, PlanningConfiguration.InstanceId instanceId) {
        this.repository = repository;
        this.jobs = jobs;
        this.properties = properties;
        this.metrics = metrics;
        this.instanceId = instanceId.value();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        interruptOrphans();
    }

    @Scheduled(fixedDelayString = "${doorstroom.solver.heartbeat-interval:2s}")
    void beat() {
        repository.beat(instanceId, jobs.runningJobIds()).forEach(jobs::stopRequestedElsewhere);
        interruptOrphans();
    }

    @Scheduled(fixedDelayString = "${doorstroom.solver.best-write-interval:1s}")
    void storeBestPlans() {
        jobs.flushDue();
    }

    private void interruptOrphans() {
        List<Long> interrupted = repository.interruptStale(properties.heartbeatTimeout(), ORPHANED);
        if (!interrupted.isEmpty()) {
            log.warn("Solver jobs {} lost their instance and were interrupted", interrupted);
            interrupted.forEach(id -> metrics.jobEnded("INTERRUPTED"));
        }
    }
}
