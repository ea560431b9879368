package nl.doorstroom.web.solving;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.planning.SolverSettings;

/** The solver's pieces as beans: one solver manager per instance, one explainer. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlanningConfiguration {

    /** Names this running instance in solver_job.instance_id; new at every start. */
    record InstanceId(String value) {
    }

    @Bean
    InstanceId instanceId() {
        return new InstanceId(UUID.randomUUID().toString());
    }

    /**
     * Jobs are keyed by their solver_job id; they run the solver's default phases, as benchmarked, with the
     * time limit set per job.
     */
    @Bean(destroyMethod = "close")
    SolverManager<Plan, Long> solverManager(SolverJobProperties properties) {
        return SolverManager.create(SolverSettings.defaultPhases(),
                new SolverManagerConfig().withParallelSolverCount(properties.parallelJobs()));
    }

    @Bean
    PlanExplainer planExplainer() {
        return new PlanExplainer();
    }

}
