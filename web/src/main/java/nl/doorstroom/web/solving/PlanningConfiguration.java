package nl.doorstroom.web.solving;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;

import com.github.kagkarlsson.scheduler.Clock;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.explain.PlanExplainer;
import nl.doorstroom.solver.planning.SolverSettings;

/** The solver's pieces as beans: the job scheduler, one solver manager per instance, one explainer. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling // Spring's task scheduler, which sends the server-sent events
class PlanningConfiguration {

    /** Names this running instance in solver_job.instance_id and the scheduler's picked_by; new at every start. */
    record InstanceId(String value) {
    }

    @Bean
    InstanceId instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "instance";
        }
        return new InstanceId(host + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 6));
    }

    @Bean
    DbSchedulerCustomizer schedulerCustomizer(InstanceId instanceId) {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(instanceId.value()));
            }
        };
    }

    /**
     * The starter's scheduler with one thread per solver of this instance: an instance only picks a job when it
     * can solve it at once, and every other job waits as QUEUED in the database for any instance to pick.
     */
    @Bean(destroyMethod = "stop")
    @DependsOnDatabaseInitialization
    Scheduler scheduler(DbSchedulerProperties settings, DbSchedulerCustomizer customizer, StatsRegistry stats,
            Clock clock, DataSource dataSource, List<Task<?>> tasks, SolverJobProperties properties) {
        settings.setThreads(properties.parallelJobCount());
        return DbSchedulerConfigurationSupport.buildScheduler(settings, customizer, stats, clock, dataSource, tasks,
                List.of(), List.of());
    }

    /**
     * Runs keyed by job and attempt; each uses the solver's default phases of its own, as benchmarked, with the
     * time limit set per run. As many solvers as scheduler threads, so a picked job never waits here.
     */
    @Bean(destroyMethod = "close")
    SolverManager<Plan, String> solverManager(SolverJobProperties properties) {
        return SolverManager.create(SolverSettings.defaultPhasesPerSolve(),
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(properties.parallelJobCount())));
    }

    @Bean
    PlanExplainer planExplainer() {
        return new PlanExplainer();
    }

}
